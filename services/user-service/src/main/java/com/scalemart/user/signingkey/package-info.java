/**
 * RSA keys that sign access tokens: creation, rotation, publication, encrypted storage.
 */
@NullMarked
package com.scalemart.user.signingkey;

import org.jspecify.annotations.NullMarked;
