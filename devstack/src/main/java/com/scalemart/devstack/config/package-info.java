/**
 * Settings of a run, read once from the environment.
 */
@NullMarked
package com.scalemart.devstack.config;

import org.jspecify.annotations.NullMarked;
