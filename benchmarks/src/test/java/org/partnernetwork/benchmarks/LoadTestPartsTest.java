package org.partnernetwork.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LoadTestPartsTest {

	private static final LoadRecorder.Key OPENINGS_GATEWAY = new LoadRecorder.Key("opening search", LoadPlan.GATEWAY);

	@Test
	void theRecorderKeepsLatenciesOfExpectedAnswersAndCountsTheRestAsErrors() {
		LoadRecorder recorder = new LoadRecorder();
		recorder.record("round 1", OPENINGS_GATEWAY, 12, 200, 200);
		recorder.record("round 1", OPENINGS_GATEWAY, 30, 200, 200);
		recorder.record("round 1", OPENINGS_GATEWAY, 5, 503, 200);
		recorder.record("round 1", OPENINGS_GATEWAY, -1, 0, 200);

		RunStats stats = recorder.results().get(OPENINGS_GATEWAY);

		assertThat(stats.completed()).isEqualTo(4);
		assertThat(stats.errors()).isEqualTo(2);
		assertThat(stats.firstError()).isEqualTo("HTTP 503 instead of 200");
		assertThat(stats.percentileMillis(50)).isEqualTo(12.0);
		assertThat(stats.percentileMillis(99)).isEqualTo(30.0);
	}

	@Test
	void theRecorderCountsEveryRequestPerRouteWarmUpIncluded() {
		LoadRecorder recorder = new LoadRecorder();
		recorder.sent(LoadPlan.GATEWAY);
		recorder.sent(LoadPlan.GATEWAY);
		recorder.sent(LoadPlan.DIRECT);

		assertThat(recorder.sentOn(LoadPlan.GATEWAY)).isEqualTo(2);
		assertThat(recorder.sentOn(LoadPlan.GATEWAY_BEFORE)).isZero();
		assertThat(recorder.results()).isEmpty();
	}

	@Test
	void eachRoundTheRoutesTakeTurnsGoingFirst() {
		LoadPlan plan = new LoadPlan(4, Duration.ofSeconds(10), Duration.ofSeconds(15), 3,
				List.of(LoadPlan.GATEWAY_BEFORE, LoadPlan.GATEWAY, LoadPlan.DIRECT), Map.of(), List.of(), List.of(),
				() -> "{}", () -> "token", new LoadRecorder());

		assertThat(plan.routeOrder(0)).containsExactly(LoadPlan.GATEWAY_BEFORE, LoadPlan.GATEWAY, LoadPlan.DIRECT);
		assertThat(plan.routeOrder(1)).containsExactly(LoadPlan.GATEWAY, LoadPlan.DIRECT, LoadPlan.GATEWAY_BEFORE);
		assertThat(plan.routeOrder(2)).containsExactly(LoadPlan.DIRECT, LoadPlan.GATEWAY_BEFORE, LoadPlan.GATEWAY);
		// 3 kinds x 3 routes: one warm-up each, then 3 measured phases each
		assertThat(plan.expectedDuration()).isEqualTo(Duration.ofSeconds(9 * 10 + 9 * 3 * 15));
	}

	@Test
	void optionsHaveDefaultsAndRefuseNonsense() {
		LoadBenchmark.Options defaults = LoadBenchmark.Options.parse(List.of());
		assertThat(defaults.users()).isEqualTo(4);
		assertThat(defaults.rounds()).isEqualTo(3);
		assertThat(defaults.compareBefore()).isFalse();

		LoadBenchmark.Options given = LoadBenchmark.Options
			.parse(List.of("--users=8", "--seconds=30", "--compare-before"));
		assertThat(given.users()).isEqualTo(8);
		assertThat(given.phase()).isEqualTo(Duration.ofSeconds(30));
		assertThat(given.compareBefore()).isTrue();

		assertThatThrownBy(() -> LoadBenchmark.Options.parse(List.of("--users=0"))).hasMessageContaining("at least 1");
		assertThatThrownBy(() -> LoadBenchmark.Options.parse(List.of("--users=65"))).hasMessageContaining("at most 64");
		assertThatThrownBy(() -> LoadBenchmark.Options.parse(List.of("--speed=9")))
			.hasMessageContaining("Unknown option");
	}

}
