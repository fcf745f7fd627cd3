/**
 * The load-balancing lab ({@code ./scalemart lab lb}): NGINX's algorithms, its overhead,
 * affinity and the ejection of a killed gateway, measured against the running platform.
 */
@NullMarked
package com.scalemart.devstack.lab;

import org.jspecify.annotations.NullMarked;
