/**
 * Problem details for every error the gateway answers itself.
 */
@NullMarked
package com.scalemart.gateway.problem;

import org.jspecify.annotations.NullMarked;
