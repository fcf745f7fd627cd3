package com.scalemart.user.admin.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.scalemart.platform.web.ProblemException;
import com.scalemart.platform.web.ProblemType;
import com.scalemart.user.admin.UserStatistics;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/users}: users by email domain and sign-ups per day, over every shard.
 * An answer with {@code "partial": true} lacks the shards named in
 * {@code unavailableShards}.
 */
@RestController
@RequestMapping(path = "/api/admin/users", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
@Validated
class AdminUserController {

	private static final int MAX_DAYS = 366;

	private final UserStatistics statistics;

	AdminUserController(UserStatistics statistics) {
		this.statistics = statistics;
	}

	record UsersResponse(List<UserStatistics.UserSummary> users, boolean partial,
			Map<Integer, String> unavailableShards) {
	}

	record SignUpsResponse(LocalDate from, LocalDate to, Map<LocalDate, Long> signUps, long total, boolean partial,
			Map<Integer, String> unavailableShards) {
	}

	@GetMapping
	UsersResponse byEmailDomain(
			@RequestParam @Size(max = 253) @Pattern(regexp = "[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?",
					message = "must be a domain name") String emailDomain,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
		UserStatistics.Gathered<List<UserStatistics.UserSummary>> users = this.statistics
			.byEmailDomain(emailDomain.toLowerCase(Locale.ROOT), limit);
		return new UsersResponse(users.value(), users.partial(), users.unavailableShards());
	}

	@GetMapping("/sign-ups")
	SignUpsResponse signUps(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new ProblemException(ProblemType.INVALID_PARAMETER,
					"'to' must be on or after 'from', at most " + MAX_DAYS + " days in all.");
		}
		UserStatistics.Gathered<Map<LocalDate, Long>> signUps = this.statistics.signUpsPerDay(from, to);
		long total = signUps.value().values().stream().mapToLong(Long::longValue).sum();
		return new SignUpsResponse(from, to, signUps.value(), total, signUps.partial(), signUps.unavailableShards());
	}

}
