/** {@code /api/admin/users}: cross-shard user queries. */
@NullMarked
package com.scalemart.user.admin.web;

import org.jspecify.annotations.NullMarked;
