package org.partnernetwork.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReferralBenchmarkOptionsTest {

	@Test
	void shouldRunSixHundredCreatesPerKindAndRouteInThreeRoundsByDefault() {
		assertThat(ReferralBenchmark.Options.parse(List.of()))
			.isEqualTo(new ReferralBenchmark.Options(100, 600, 4, 3, Duration.ofSeconds(60)));
	}

	@Test
	void shouldTakeEachOptionAndAllowNoWarmUp() {
		assertThat(ReferralBenchmark.Options
			.parse(List.of("--requests=50", "--concurrency=8", "--rounds=5", "--warmup=0", "--max-seconds=10")))
			.isEqualTo(new ReferralBenchmark.Options(0, 50, 8, 5, Duration.ofSeconds(10)));
	}

	@Test
	void shouldRefuseUnknownOrNonPositiveOptions() {
		assertThatThrownBy(() -> ReferralBenchmark.Options.parse(List.of("--organisations=10")))
			.hasMessageContaining("Unknown option");
		assertThatThrownBy(() -> ReferralBenchmark.Options.parse(List.of("--requests=0")))
			.hasMessageContaining("positive");
		assertThatThrownBy(() -> ReferralBenchmark.Options.parse(List.of("--requests=many")))
			.hasMessageContaining("positive");
	}

}
