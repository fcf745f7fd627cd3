/**
 * The Gatling simulations: browse, search, account and ping, each configured by system
 * properties.
 */
@NullMarked
package com.scalemart.loadtest.simulation;

import org.jspecify.annotations.NullMarked;
