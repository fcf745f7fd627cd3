/**
 * NGINX in front of the gateway instances: the balancing algorithm, the rendered
 * configuration and the nginx child process.
 */
@NullMarked
package com.scalemart.devstack.nginx;

import org.jspecify.annotations.NullMarked;
