/**
 * The data tier lab: how the ring, jump and modulo hashing spread keys and how many they
 * move when a shard is added; a shard added online under a paced write load, with its
 * phases, fence times, write latency and a check for lost and duplicated writes; and
 * replica lag under write bursts with the stale reads read-your-writes prevents.
 */
@NullMarked
package com.scalemart.labs.data;

import org.jspecify.annotations.NullMarked;
