/**
 * Real MariaDB, Redis and Kafka servers, started embedded or found running, shared by the
 * launcher and the tests.
 */
@NullMarked
package com.scalemart.platform.engines;

import org.jspecify.annotations.NullMarked;
