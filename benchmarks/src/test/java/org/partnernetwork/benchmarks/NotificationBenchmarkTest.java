package org.partnernetwork.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class NotificationBenchmarkTest {

	private static final Instant SENT = Instant.parse("2026-12-07T10:00:00Z");

	@Test
	void shouldDeliverAThousandEventsToThreeMembersFourAtATimeByDefault() {
		assertThat(NotificationBenchmark.Options.parse(List.of()))
			.isEqualTo(new NotificationBenchmark.Options(1000, 3, 4, Duration.ofSeconds(900)));
		assertThat(NotificationBenchmark.Options
			.parse(List.of("--events=50", "--members=2", "--concurrency=8", "--max-seconds=60")))
			.isEqualTo(new NotificationBenchmark.Options(50, 2, 8, Duration.ofSeconds(60)));
	}

	@Test
	void shouldRefuseUnknownOrNonPositiveOptions() {
		assertThatThrownBy(() -> NotificationBenchmark.Options.parse(List.of("--requests=10")))
			.hasMessageContaining("Unknown option");
		assertThatThrownBy(() -> NotificationBenchmark.Options.parse(List.of("--events=0")))
			.hasMessageContaining("positive");
	}

	@Test
	void shouldTimeEachArrivalFromItsOwnEventsSendAndLeaveOutArrivalsOfOtherEvents() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		Map<UUID, Instant> sent = Map.of(first, SENT, second, SENT.plusSeconds(1));
		List<NotificationBenchmark.Arrival> arrivals = List.of(
				new NotificationBenchmark.Arrival(first, SENT.plusMillis(40)),
				new NotificationBenchmark.Arrival(second, SENT.plusMillis(1_300)),
				new NotificationBenchmark.Arrival(UUID.randomUUID(), SENT.plusMillis(5)));

		assertThat(NotificationBenchmark.between(sent, arrivals)).containsExactly(Duration.ofMillis(40),
				Duration.ofMillis(300));
	}

	@Test
	void shouldTakeNearestRankPercentiles() {
		List<Duration> times = List.of(Duration.ofMillis(30), Duration.ofMillis(10), Duration.ofMillis(20),
				Duration.ofMillis(40));
		assertThat(NotificationBenchmark.percentile(times, 50)).isEqualTo(Duration.ofMillis(20));
		assertThat(NotificationBenchmark.percentile(times, 95)).isEqualTo(Duration.ofMillis(40));
		assertThat(NotificationBenchmark.percentile(List.of(), 50)).isNull();
	}

}
