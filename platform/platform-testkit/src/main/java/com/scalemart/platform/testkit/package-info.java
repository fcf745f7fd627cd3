/**
 * Real engines for tests: each test class gets its own database, Redis key prefix and
 * Kafka topic prefix, on a server chosen once per JVM.
 */
@NullMarked
package com.scalemart.platform.testkit;

import org.jspecify.annotations.NullMarked;
