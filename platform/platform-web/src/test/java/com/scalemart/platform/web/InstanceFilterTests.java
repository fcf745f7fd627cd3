package com.scalemart.platform.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InstanceFilterTests {

	private final ProblemWriter problemWriter = new ProblemWriter(JsonMapper.builder().build());

	@Test
	void everyResponseSaysWhichInstanceServedIt() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicInteger calls = new AtomicInteger();
		new InstanceFilter("catalog-2", Duration.ZERO, 0, this.problemWriter).doFilter(new MockHttpServletRequest(),
				response, (req, res) -> calls.incrementAndGet());
		assertThat(response.getHeader(InstanceFilter.SERVED_BY)).isEqualTo("catalog-2");
		assertThat(calls).hasValue(1);
	}

	@Test
	void aFailingInstanceAnswers503WithoutCallingTheApplication() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicInteger calls = new AtomicInteger();
		new InstanceFilter("catalog-3", Duration.ZERO, 1.0, this.problemWriter).doFilter(new MockHttpServletRequest(),
				response, (req, res) -> calls.incrementAndGet());
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("/problems/injected-failure");
		assertThat(response.getHeader(InstanceFilter.SERVED_BY)).isEqualTo("catalog-3");
		assertThat(calls).hasValue(0);
	}

	@Test
	void aFailureRateOutsideZeroToOneIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InstanceFilter("x", Duration.ZERO, 1.5, this.problemWriter))
			.withMessageContaining("failure-rate");
	}

}
