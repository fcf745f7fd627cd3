package com.scalemart.user.orderhistory.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.scalemart.platform.web.ProblemException;
import com.scalemart.user.account.UserManagement;
import com.scalemart.user.orderhistory.OrderEntry;
import com.scalemart.user.orderhistory.OrderHistory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users/me/orders}: one month of the caller's orders. */
@RestController
@RequestMapping(path = "/api/users/me/orders", produces = MediaType.APPLICATION_JSON_VALUE)
class OrderHistoryController {

	private final OrderHistory history;

	private final Clock clock;

	OrderHistoryController(OrderHistory history, Clock clock) {
		this.history = history;
		this.clock = clock;
	}

	record MonthResponse(String month, List<OrderEntry> orders) {
	}

	/** {@code ?month=2026-11}, this month (UTC) when absent. */
	@GetMapping
	MonthResponse month(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) @Nullable YearMonth month) {
		YearMonth wanted = (month != null) ? month : YearMonth.now(this.clock.withZone(ZoneOffset.UTC));
		List<OrderEntry> orders = this.history.month(UUID.fromString(token.getSubject()), wanted)
			.orElseThrow(() -> new ProblemException(UserManagement.USER_NOT_FOUND, "There is no user with this id."));
		return new MonthResponse(wanted.toString(), orders);
	}

}
