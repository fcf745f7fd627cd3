package com.scalemart.labs.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PacerTests {

	@Test
	void ticketsAreDueAtMultiplesOfTheIntervalWithoutDrift() {
		Pacer pacer = new Pacer(300);
		assertThat(pacer.dueNanos(0)).isZero();
		assertThat(pacer.dueNanos(1)).isEqualTo(3_333_333);
		assertThat(pacer.dueNanos(3)).isEqualTo(10_000_000);
		assertThat(pacer.dueNanos(300)).isEqualTo(1_000_000_000);
		// an hour of tickets still lands on the second, where summed intervals would not
		assertThat(pacer.dueNanos(300L * 3600)).isEqualTo(3600L * 1_000_000_000);
	}

	@Test
	void ticketsDueByCountsEveryTicketUpToAndIncludingTheMoment() {
		Pacer pacer = new Pacer(300);
		assertThat(pacer.ticketsDueBy(-1)).isZero();
		assertThat(pacer.ticketsDueBy(0)).isEqualTo(1);
		assertThat(pacer.ticketsDueBy(3_333_332)).isEqualTo(1);
		assertThat(pacer.ticketsDueBy(3_333_333)).isEqualTo(2);
		assertThat(pacer.ticketsDueBy(999_999_999)).isEqualTo(300);
		assertThat(pacer.ticketsDueBy(1_000_000_000)).isEqualTo(301);
	}

	@Test
	void ticketsDueByAgreesWithDueNanos() {
		for (int rate : new int[] { 1, 7, 300, 1000, 333_333 }) {
			Pacer pacer = new Pacer(rate);
			for (long ticket = 0; ticket < 2000; ticket++) {
				long due = pacer.dueNanos(ticket);
				assertThat(pacer.ticketsDueBy(due)).as("rate %d, ticket %d", rate, ticket).isGreaterThan(ticket);
				assertThat(pacer.ticketsDueBy(due - 1)).as("rate %d, ticket %d", rate, ticket)
					.isLessThanOrEqualTo(ticket);
			}
		}
	}

	@Test
	void aRateBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Pacer(0))
			.withMessage("a write rate is at least 1 per second, was 0");
	}

}
