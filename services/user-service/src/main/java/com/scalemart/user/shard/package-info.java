/**
 * Users on shards: the configuration of platform-data's sharding for users (the shard
 * set, directory, router and resharding job), the migration that makes the users database
 * their directory, and the jobs that add shards.
 */
@NullMarked
package com.scalemart.user.shard;

import org.jspecify.annotations.NullMarked;
