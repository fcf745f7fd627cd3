/** {@code /api/users/me/orders}: a month of the caller's order history. */
@NullMarked
package com.scalemart.user.orderhistory.web;

import org.jspecify.annotations.NullMarked;
