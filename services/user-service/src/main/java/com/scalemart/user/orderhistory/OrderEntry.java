package com.scalemart.user.orderhistory;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One order in a user's history.
 *
 * @param orderId the order
 * @param placedAt when it was placed; its month picks the partition
 * @param totalCents its total in the currency's smallest unit
 * @param currency ISO 4217 code
 * @param status where the order is, as the order pipeline last reported
 */
public record OrderEntry(UUID orderId, Instant placedAt, long totalCents, String currency, String status) {

	public OrderEntry {
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(placedAt, "placedAt");
		if (totalCents < 0) {
			throw new IllegalArgumentException("an order total is not negative, was " + totalCents);
		}
		if (currency == null || !currency.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("a currency is three capital letters, was " + currency);
		}
		Objects.requireNonNull(status, "status");
	}

}
