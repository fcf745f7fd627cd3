package com.scalemart.labs.data;

import java.util.Map;

import com.scalemart.platform.data.shard.ReshardingJob.Phase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PhaseTimelineTests {

	@Test
	void repeatedPhasesAreSummedAndTheLastRunsToTheEnd() {
		PhaseTimeline timeline = new PhaseTimeline();
		timeline.observe(5.0, Phase.WAITING);
		timeline.observe(5.5, Phase.WAITING);
		timeline.observe(10.0, Phase.PLANNING);
		timeline.observe(12.0, Phase.MOVING);
		timeline.observe(30.0, Phase.PLANNING);
		timeline.observe(30.5, Phase.ACTIVATING);
		timeline.observe(36.0, Phase.VERIFYING);

		Map<Phase, Double> seconds = timeline.secondsPerPhase(37.0);

		assertThat(timeline.changes()).hasSize(6);
		assertThat(seconds.get(Phase.WAITING)).isCloseTo(5.0, within(1e-9));
		assertThat(seconds.get(Phase.PLANNING)).isCloseTo(2.5, within(1e-9));
		assertThat(seconds.get(Phase.MOVING)).isCloseTo(18.0, within(1e-9));
		assertThat(seconds.get(Phase.ACTIVATING)).isCloseTo(5.5, within(1e-9));
		assertThat(seconds.get(Phase.VERIFYING)).isCloseTo(1.0, within(1e-9));
		assertThat(timeline.visits(Phase.PLANNING)).isEqualTo(2);
	}

	@Test
	void theFinalPhaseTakesNoTime() {
		PhaseTimeline timeline = new PhaseTimeline();
		timeline.observe(1.0, Phase.VERIFYING);
		timeline.observe(2.0, Phase.DONE);

		assertThat(timeline.secondsPerPhase(9.0)).containsOnlyKeys(Phase.VERIFYING);
		assertThat(timeline.secondsPerPhase(9.0).get(Phase.VERIFYING)).isEqualTo(1.0);
	}

	@Test
	void anObservationBeforeTheLastChangeIsRefused() {
		PhaseTimeline timeline = new PhaseTimeline();
		timeline.observe(3.0, Phase.MOVING);
		assertThatIllegalArgumentException().isThrownBy(() -> timeline.observe(2.0, Phase.PLANNING))
			.withMessage("phase seen at 2.000 s, before the last change at 3.000 s");
	}

}
