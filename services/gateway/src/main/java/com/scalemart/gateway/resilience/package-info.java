/**
 * Circuit breakers per route and the fallback that answers for an unreachable service.
 */
@NullMarked
package com.scalemart.gateway.resilience;

import org.jspecify.annotations.NullMarked;
