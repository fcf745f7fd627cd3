/**
 * HTTP API of login, refresh and logout: /api/auth.
 */
@NullMarked
package com.scalemart.user.auth.web;

import org.jspecify.annotations.NullMarked;
