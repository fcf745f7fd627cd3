/**
 * Settings, security and cache wiring of the catalog service.
 */
@NullMarked
package com.scalemart.catalog.config;

import org.jspecify.annotations.NullMarked;
