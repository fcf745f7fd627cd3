/**
 * Owners (users and what they own) spread over shards: a consistent-hash ring places
 * them, a versioned directory overrides it for single owners, cross-shard queries run as
 * parallel scatter-gather, and a resharding job adds a shard while writes go on.
 */
@NullMarked
package com.scalemart.platform.data.shard;

import org.jspecify.annotations.NullMarked;
