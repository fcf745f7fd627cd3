/**
 * {@code /api/admin/shards}: the shard set, adding a shard, and the resharding jobs.
 */
@NullMarked
package com.scalemart.user.shard.web;

import org.jspecify.annotations.NullMarked;
