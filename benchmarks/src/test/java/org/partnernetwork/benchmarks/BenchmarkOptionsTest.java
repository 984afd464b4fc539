package org.partnernetwork.benchmarks;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchmarkOptionsTest {

	@Test
	void defaultsAreTheIssuesSizes() {
		BenchmarkOptions options = BenchmarkOptions.parse(List.of());

		assertThat(options.organisations()).isEqualTo(10_000);
		assertThat(options.services()).isEqualTo(50_000);
		assertThat(options.scenarios()).containsExactlyInAnyOrderElementsOf(Scenarios.KEYS);
	}

	@Test
	void optionsOverrideTheDefaults() {
		BenchmarkOptions options = BenchmarkOptions
			.parse(List.of("--requests=50", "--max-seconds=5", "--scenarios=organisations-page", "--rounds=5"));

		assertThat(options.requests()).isEqualTo(50);
		assertThat(options.rounds()).isEqualTo(5);
		assertThat(options.organisations()).isEqualTo(10_000);
		assertThat(options.maxRunTime()).isEqualTo(Duration.ofSeconds(5));
		assertThat(options.scenarios()).containsExactly("organisations-page");
	}

	@Test
	void mistakesAreNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse(List.of("--request=5")))
			.withMessageContaining("--request");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse(List.of("--scenarios=nope")))
			.withMessageContaining("nope");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse(List.of("--max-seconds=999")))
			.withMessageContaining("240");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse(List.of("--requests=x")))
			.withMessageContaining("whole number");
	}

}
