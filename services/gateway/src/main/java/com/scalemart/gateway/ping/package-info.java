/**
 * Trivial endpoints answered by the gateway itself, the baseline of the load tests.
 */
@NullMarked
package com.scalemart.gateway.ping;

import org.jspecify.annotations.NullMarked;
