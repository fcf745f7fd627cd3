/**
 * HTTP API of accounts: /api/users.
 */
@NullMarked
package com.scalemart.user.account.web;

import org.jspecify.annotations.NullMarked;
