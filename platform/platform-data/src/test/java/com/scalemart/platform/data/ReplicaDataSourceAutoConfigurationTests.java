package com.scalemart.platform.data;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReplicaDataSourceAutoConfigurationTests {

	@Test
	void withoutAReplicaUrlNothingIsRouted() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ReplicaDataSourceAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ReplicatedDataSource.class)
				.doesNotHaveBean(ReadYourWrites.class)
				.doesNotHaveBean("replicaReadRetryAdvisor"));
	}

	@Test
	void aReadYourWritesWindowNoLongerThanTheMaximumLagIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReplicaProperties.defaults().withLimits(Duration.ofSeconds(5), Duration.ofSeconds(5)))
			.withMessageContaining("read-your-writes-window");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReplicaProperties.defaults().withLimits(Duration.ZERO, Duration.ofSeconds(5)))
			.withMessageContaining("max-lag");
	}

}
