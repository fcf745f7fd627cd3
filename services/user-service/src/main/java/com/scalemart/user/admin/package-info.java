/**
 * Questions about all users at once, for administrators: asked of every shard in
 * parallel, answered with what the shards returned in time.
 */
@NullMarked
package com.scalemart.user.admin;

import org.jspecify.annotations.NullMarked;
