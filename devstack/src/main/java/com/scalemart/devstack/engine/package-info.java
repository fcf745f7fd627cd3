/**
 * MariaDB, Redis and Kafka for a run: embedded ones started here, or external ones
 * checked and used.
 */
@NullMarked
package com.scalemart.devstack.engine;

import org.jspecify.annotations.NullMarked;
