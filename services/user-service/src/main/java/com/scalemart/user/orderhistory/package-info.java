/**
 * A user's order history: time-ordered, on the user's shard, in monthly partitions that
 * are added ahead of time.
 */
@NullMarked
package com.scalemart.user.orderhistory;

import org.jspecify.annotations.NullMarked;
