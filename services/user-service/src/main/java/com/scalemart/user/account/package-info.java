/**
 * Accounts: registration, profiles and roles, stored in MariaDB.
 */
@NullMarked
package com.scalemart.user.account;

import org.jspecify.annotations.NullMarked;
