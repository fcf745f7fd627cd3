/**
 * The user service: accounts ({@code account}), login and tokens ({@code auth}), and the
 * keys that sign them ({@code signingkey}).
 */
@NullMarked
package com.scalemart.user;

import org.jspecify.annotations.NullMarked;
