/**
 * A trivial endpoint: the baseline that cached reads are measured against.
 */
@NullMarked
package com.scalemart.catalog.ping.web;

import org.jspecify.annotations.NullMarked;
