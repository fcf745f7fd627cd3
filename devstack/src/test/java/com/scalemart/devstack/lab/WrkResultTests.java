package com.scalemart.devstack.lab;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class WrkResultTests {

	private static final String REPORT = """
			Running 5s test @ http://127.0.0.1:8001/api/catalog-ping
			  2 threads and 32 connections
			  Thread Stats   Avg      Stdev     Max   +/- Stdev
			    Latency    12.61ms    9.12ms 120.00ms   80.12%
			    Req/Sec     1.30k   210.11     1.80k    70.00%
			  Latency Distribution
			     50%  845.00us
			     75%   14.20ms
			     90%   22.10ms
			     99%    1.21s
			  12966 requests in 5.01s, 3.10MB read
			  Socket errors: connect 1, read 2, write 0, timeout 3
			  Non-2xx or 3xx responses: 7
			Requests/sec:   2587.93
			Transfer/sec:    634.12KB
			""";

	@Test
	void readsThroughputPercentilesInTheirUnitsAndFailures() {
		WrkResult result = WrkResult.parse(REPORT);
		assertThat(result.requests()).isEqualTo(12966);
		assertThat(result.throughput()).isCloseTo(2587.93, within(0.001));
		assertThat(result.p50Millis()).isCloseTo(0.845, within(0.0001));
		assertThat(result.p99Millis()).isCloseTo(1210, within(0.001));
		assertThat(result.non2xx()).isEqualTo(7);
		assertThat(result.socketErrors()).isEqualTo(6);
		assertThat(result.failures()).isEqualTo(13);
	}

	@Test
	void averagesRunsAndCountsOnlySuccessfulAnswersAsThroughput() {
		WrkResult run = WrkResult.parse(REPORT);
		WrkResult mean = WrkResult.mean(java.util.List.of(run, new WrkResult(1000, 200, 1, 3, 0, 0)));
		assertThat(mean.requests()).isEqualTo(13966);
		assertThat(mean.throughput()).isCloseTo((2587.93 + 200) / 2, within(0.001));
		assertThat(mean.p99Millis()).isCloseTo((1210 + 3) / 2.0, within(0.001));
		assertThat(mean.failures()).isEqualTo(13);
		assertThat(run.successThroughput()).isCloseTo(2587.93 * (12966 - 7) / 12966, within(0.001));
		assertThat(new WrkResult(0, 0, 0, 0, 0, 0).successThroughput()).isZero();
	}

	@Test
	void aCleanRunHasNoFailureLines() {
		String clean = REPORT.replaceAll("(?m)^\\s+(Socket errors|Non-2xx).*\\n", "");
		assertThat(WrkResult.parse(clean).failures()).isZero();
	}

	@Test
	void rejectsWhatIsNoWrkReport() {
		assertThatIllegalArgumentException().isThrownBy(() -> WrkResult.parse("unable to connect to 127.0.0.1:8001"))
			.withMessageContaining("not a wrk report");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WrkResult.parse(REPORT.replace("     99%    1.21s\n", "")))
			.withMessageContaining("--latency");
	}

}
