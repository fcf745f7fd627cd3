/**
 * The cache lab: replays a seeded Zipf trace through W-TinyLFU (Caffeine), LRU and
 * Belady's optimum at several capacities, and reports the hit ratios.
 */
@NullMarked
package com.scalemart.labs.cache;

import org.jspecify.annotations.NullMarked;
