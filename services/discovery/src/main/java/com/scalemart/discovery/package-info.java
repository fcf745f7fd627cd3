/**
 * A standalone Eureka server for local runs: one node, no replication, caches short
 * enough that a new instance is routable within seconds.
 */
@NullMarked
package com.scalemart.discovery;

import org.jspecify.annotations.NullMarked;
