/**
 * Shard selection: which node owns a key, by consistent hashing with virtual nodes, jump
 * hashing or plain modulo, behind one
 * {@link com.scalemart.platform.sharding.ShardSelector} interface.
 */
@NullMarked
package com.scalemart.platform.sharding;

import org.jspecify.annotations.NullMarked;
