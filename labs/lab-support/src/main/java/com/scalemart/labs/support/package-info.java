/**
 * What every lab needs for an honest report: its arguments, and the machine it ran on.
 */
@NullMarked
package com.scalemart.labs.support;

import org.jspecify.annotations.NullMarked;
