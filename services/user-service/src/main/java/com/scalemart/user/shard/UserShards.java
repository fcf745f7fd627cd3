package com.scalemart.user.shard;

import java.util.List;

import com.scalemart.platform.data.shard.OwnedTables;

/** What a user is made of on its shard: what a resharding job moves. */
public final class UserShards {

	/** The user row and its order history. */
	public static final OwnedTables TABLES = new OwnedTables("users", "id", "in_transit",
			List.of(new OwnedTables.Child("order_history", "user_id")));

	private UserShards() {
	}

}
