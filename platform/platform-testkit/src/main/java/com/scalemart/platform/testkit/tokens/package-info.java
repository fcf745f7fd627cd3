/**
 * Tokens for tests of resource servers: a token issuer with a JWKS endpoint of its own,
 * and the forged tokens every service must refuse.
 */
@NullMarked
package com.scalemart.platform.testkit.tokens;

import org.jspecify.annotations.NullMarked;
