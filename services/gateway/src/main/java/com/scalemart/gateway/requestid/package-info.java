/**
 * Request ids given at the edge and carried to the services and back.
 */
@NullMarked
package com.scalemart.gateway.requestid;

import org.jspecify.annotations.NullMarked;
