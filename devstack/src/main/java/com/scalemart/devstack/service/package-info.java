/**
 * The services the launcher knows, their environment and their readiness.
 */
@NullMarked
package com.scalemart.devstack.service;

import org.jspecify.annotations.NullMarked;
