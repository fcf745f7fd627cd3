/**
 * {@code ./scalemart lab cache}: the browse load against catalog instances with each
 * cache configuration, measured against Belady's optimum from the offline simulator.
 */
@NullMarked
package com.scalemart.loadtest.lab;

import org.jspecify.annotations.NullMarked;
