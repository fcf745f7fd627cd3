package com.scalemart.devstack.nginx;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.scalemart.devstack.DevStackException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BalancingTests {

	@Test
	void parsesEveryAlgorithm() {
		assertThat(Balancing.parse("round_robin")).isEqualTo(Balancing.of(Balancing.Algorithm.ROUND_ROBIN));
		assertThat(Balancing.parse("least_conn").directive()).isEqualTo("least_conn;");
		assertThat(Balancing.parse("ip-hash").directive()).isEqualTo("ip_hash;");
		assertThat(Balancing.parse("random_two").directive()).isEqualTo("random two least_conn;");
		assertThat(Balancing.parse("Round_Robin").directive()).isEmpty();
	}

	@Test
	void parsesWeights() {
		Balancing weighted = Balancing.parse("weighted:3, 2,1");
		assertThat(weighted.weights()).containsExactly(3, 2, 1);
		assertThat(weighted.weight(0)).isEqualTo(3);
		assertThat(weighted).hasToString("weighted:3,2,1");
		assertThat(Balancing.parse("least_conn").weight(2)).isEqualTo(1);
	}

	@Test
	void rejectsAnUnknownAlgorithmNamingTheChoices() {
		assertThatExceptionOfType(DevStackException.class).isThrownBy(() -> Balancing.parse("fastest"))
			.withMessage("--lb must be one of " + Balancing.CHOICES + ", got 'fastest'");
	}

	@Test
	void rejectsWeightsThatAreNotWholeNumbersFromOneToAHundred() {
		for (String bad : List.of("weighted:", "weighted:3,x", "weighted:0,1", "weighted:101", "weighted:1,,2")) {
			assertThatExceptionOfType(DevStackException.class).isThrownBy(() -> Balancing.parse(bad))
				.withMessageContaining("one per gateway");
		}
	}

	@Test
	void weightsGoWithTheWeightedAlgorithmOnly() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Balancing(Balancing.Algorithm.LEAST_CONN, List.of(1, 2)));
		assertThatIllegalArgumentException().isThrownBy(() -> new Balancing(Balancing.Algorithm.WEIGHTED, List.of()));
	}

}
