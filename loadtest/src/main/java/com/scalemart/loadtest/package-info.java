/**
 * The load-test commands: {@code ./scalemart bench} and {@code ./scalemart lab cache}.
 */
@NullMarked
package com.scalemart.loadtest;

import org.jspecify.annotations.NullMarked;
