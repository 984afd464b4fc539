package org.partnernetwork.benchmarks;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScenariosTest {

	@Test
	void everyScenarioRotatesThroughItsParameterSetsTheSameWayForTheSameSeed() {
		List<Scenario> scenarios = Scenarios.all(42);

		assertThat(scenarios).extracting(Scenario::key).containsExactlyElementsOf(Scenarios.KEYS);
		assertThat(scenarios).allSatisfy(s -> assertThat(s.parameters()).hasSize(Scenarios.SETS));
		assertThat(Scenarios.all(42).get(0).parameters()).isEqualTo(scenarios.get(0).parameters());
	}

	@Test
	void khmerSearchTextIsEncodedInTheUrl() {
		Scenario khmer = Scenarios.all(42)
			.stream()
			.filter(s -> s.key().equals(Scenarios.SERVICES_TEXT_KM))
			.findFirst()
			.orElseThrow();

		URI uri = khmer.firstUri("http://localhost:8081");

		assertThat(uri.getRawQuery()).startsWith("q=%E1%9E").endsWith("&page=0&size=20");
		assertThat(Vocabulary.SEARCH_TERMS_KM).contains(khmer.firstParameters().get("q"));
	}

	@Test
	void theExpectedSqlIsAPageAndACount() {
		assertThat(Scenarios.all(42)).allSatisfy(s -> assertThat(s.expectedSqlForFirst()).satisfiesExactly(
				page -> assertThat(page).contains("LIMIT"), count -> assertThat(count).contains("COUNT(*)")));
	}

}
