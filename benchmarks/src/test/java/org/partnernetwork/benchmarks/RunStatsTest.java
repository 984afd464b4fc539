package org.partnernetwork.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RunStatsTest {

	@Test
	void percentilesAreNearestRankOfTheSuccessfulLatencies() {
		long[] millis = LongStream.rangeClosed(1, 100).map(ms -> (101 - ms) * 1_000_000).toArray();
		RunStats stats = new RunStats(100, 100, Duration.ofSeconds(2), millis, 0, null);

		assertThat(stats.percentileMillis(50)).isEqualTo(50.0);
		assertThat(stats.percentileMillis(95)).isEqualTo(95.0);
		assertThat(stats.percentileMillis(99)).isEqualTo(99.0);
		assertThat(stats.throughputPerSecond()).isEqualTo(50.0);
	}

	@Test
	void roundsOfOneRouteMergeIntoOneRun() {
		RunStats first = new RunStats(2, 2, Duration.ofSeconds(1), new long[] { 3_000_000, 1_000_000 }, 0, null);
		RunStats second = new RunStats(3, 4, Duration.ofSeconds(2), new long[] { 2_000_000, 4_000_000 }, 1, "HTTP 503");

		RunStats merged = RunStats.merge(List.of(first, second));

		assertThat(merged.completed()).isEqualTo(5);
		assertThat(merged.cutShort()).isTrue();
		assertThat(merged.throughputPerSecond()).isCloseTo(5 / 3.0, within(1e-9));
		assertThat(merged.percentileMillis(50)).isEqualTo(2.0);
		assertThat(merged.errors()).isEqualTo(1);
		assertThat(merged.firstError()).isEqualTo("HTTP 503");
	}

	@Test
	void aRunWithoutSuccessHasNoPercentilesAndARunStoppedByTheCapSaysSo() {
		RunStats stats = new RunStats(3, 10, Duration.ofSeconds(1), new long[0], 3, "HTTP 503");

		assertThat(stats.percentileMillis(50)).isNaN();
		assertThat(stats.cutShort()).isTrue();
	}

}
