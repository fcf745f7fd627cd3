/**
 * Which gateway instance answered, for measuring a load balancer from outside.
 */
@NullMarked
package com.scalemart.gateway.instance;

import org.jspecify.annotations.NullMarked;
