package com.scalemart.platform.web;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTests {

	private final RequestIdFilter filter = new RequestIdFilter();

	@Test
	void keepsAWellFormedIdAndLogsWithIt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader(RequestIdFilter.HEADER, "edge-42.abc");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> seenInMdc = new AtomicReference<>();

		this.filter.doFilter(request, response, (req, res) -> seenInMdc.set(MDC.get(RequestIdFilter.MDC_KEY)));

		assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("edge-42.abc");
		assertThat(seenInMdc.get()).isEqualTo("edge-42.abc");
		assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
	}

	@Test
	void replacesAnIdThatCouldForgeLogLines() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader(RequestIdFilter.HEADER, "x\nFAKE LOG LINE");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(request, response, (req, res) -> {
		});

		assertThat(response.getHeader(RequestIdFilter.HEADER)).matches("[0-9a-f-]{36}");
	}

	@Test
	void createsAnIdWhenThereIsNone() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest(), response, (req, res) -> {
		});
		assertThat(response.getHeader(RequestIdFilter.HEADER)).isNotBlank();
	}

}
