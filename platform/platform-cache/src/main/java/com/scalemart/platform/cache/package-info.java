/**
 * A multi-level cache for read-heavy services: L1 in the JVM (Caffeine), L2 shared by
 * every instance (Redis), L3 the database behind a loader.
 */
@NullMarked
package com.scalemart.platform.cache;

import org.jspecify.annotations.NullMarked;
