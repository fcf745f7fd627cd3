package com.scalemart.labs.data;

import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class WriteLoadTests {

	@Test
	void entryIdsAreVersion4UuidsAsMariaDbsUuidTypeWantsThem() {
		SplittableRandom random = new SplittableRandom(1);
		for (int i = 0; i < 1000; i++) {
			UUID id = WriteLoad.randomUuid(random);
			assertThat(id.version()).isEqualTo(4);
			assertThat(id.variant()).isEqualTo(2);
		}
	}

	@Test
	void anErrorIsDescribedByItsClassAndItsRootCause() {
		RuntimeException failure = new DataIntegrityViolationException("PreparedStatementCallback; SQL [INSERT ...]",
				new SQLException("Incorrect uuid value\nsecond line"));

		assertThat(WriteLoad.describe(failure)).isEqualTo("DataIntegrityViolationException: Incorrect uuid value");
		assertThat(WriteLoad.describe(new IllegalStateException("x".repeat(300)))).hasSize(141).endsWith("…");
		assertThat(WriteLoad.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
	}

}
