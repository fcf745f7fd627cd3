package com.scalemart.user.account;

/** What a user may do; carried in the access token's {@code roles} claim. */
public enum Role {

	/** Every registered user. */
	USER,

	/** A paying customer: early access to sales, higher rate limits. */
	PREMIUM,

	/** Staff: may read any account and change roles. */
	ADMIN

}
