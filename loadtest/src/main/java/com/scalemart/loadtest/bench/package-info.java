/**
 * {@code ./scalemart bench}: one simulation against the running platform, its figures,
 * the cache's hit ratio over the run, and the summary it leaves in {@code docs/results}.
 */
@NullMarked
package com.scalemart.loadtest.bench;

import org.jspecify.annotations.NullMarked;
