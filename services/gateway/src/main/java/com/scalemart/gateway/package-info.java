/**
 * The platform's edge: routes to the services found through discovery, checks tokens,
 * limits rates, breaks circuits and retries safe reads.
 */
@NullMarked
package com.scalemart.gateway;

import org.jspecify.annotations.NullMarked;
