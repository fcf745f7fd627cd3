package com.scalemart.user.account.web;

/** Shapes of the account fields, shared by the request types. */
final class Patterns {

	/**
	 * Something@something.tld, without spaces: the full grammar of RFC 5322 is not worth
	 * it.
	 */
	static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	/** No control characters: they break logs and displays. */
	static final String NAME = "^[^\\p{Cntrl}]*$";

	static final String PHONE = "^\\+?[0-9][0-9 ()-]{5,19}$";

	private Patterns() {
	}

}
