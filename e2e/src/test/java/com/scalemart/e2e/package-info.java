/**
 * The end-to-end suite: the whole platform started by {@code ./scalemart up}, used over
 * HTTP, and stopped by {@code ./scalemart down}.
 */
@NullMarked
package com.scalemart.e2e;

import org.jspecify.annotations.NullMarked;
