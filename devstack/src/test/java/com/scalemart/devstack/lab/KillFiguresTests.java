package com.scalemart.devstack.lab;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KillFiguresTests {

	private static final String LOG = String.join("\n",
			"127.0.0.1 1000.100 \"GET /api/catalog-ping HTTP/1.1\" 200 0.002 upstream=\"127.0.0.1:8380\" upstream_status=\"200\" upstream_time=\"0.002\" id=a",
			"127.0.0.1 1000.250 \"GET /api/catalog-ping HTTP/1.1\" 200 0.003 upstream=\"127.0.0.1:8380, 127.0.0.1:8080\" upstream_status=\"502, 200\" upstream_time=\"0.000, 0.003\" id=b",
			"127.0.0.1 1000.400 \"GET /api/catalog-ping HTTP/1.1\" 200 0.002 upstream=\"127.0.0.1:8180\" upstream_status=\"200\" upstream_time=\"0.002\" id=c",
			"not a log line",
			"127.0.0.1 1002.300 \"GET /api/catalog-ping HTTP/1.1\" 200 0.003 upstream=\"127.0.0.1:8380, 127.0.0.1:8180\" upstream_status=\"502, 200\" upstream_time=\"0.000, 0.003\" id=d",
			"127.0.0.1 1009.000 \"GET /api/catalog-ping HTTP/1.1\" 502 0.003 upstream=\"127.0.0.1:8080\" upstream_status=\"502\" upstream_time=\"0.003\" id=e",
			"127.0.0.1 1011.500 \"GET /api/catalog-ping HTTP/1.1\" 200 0.004 upstream=\"127.0.0.1:8380\" upstream_status=\"200\" upstream_time=\"0.004\" id=f");

	@Test
	void timesTheEjectionAndTheReturnFromTheAccessLog() {
		List<AccessLog.Entry> entries = LOG.lines().flatMap((line) -> AccessLog.parse(line).stream()).toList();
		assertThat(entries).hasSize(6);
		assertThat(entries.get(1).servedBy()).isEqualTo("127.0.0.1:8080");
		LabResults.KillRun kill = LoadBalancingLab.killFigures(entries, "127.0.0.1:8380", 1000_200, 1010_000, 500, 0);
		assertThat(kill.outMillis()).isEqualTo(50);
		assertThat(kill.retried()).isEqualTo(2);
		assertThat(kill.served5xx()).isEqualTo(1);
		assertThat(kill.restartMillis()).isEqualTo(9_800);
		assertThat(kill.backInMillis()).isEqualTo(1_500);
	}

	@Test
	void saysWhenTheDeadGatewayWasNeverSeen() {
		LabResults.KillRun kill = LoadBalancingLab.killFigures(List.of(), "127.0.0.1:8380", 1000, 2000, 0, 0);
		assertThat(kill.outMillis()).isEqualTo(-1);
		assertThat(kill.backInMillis()).isEqualTo(-1);
	}

}
