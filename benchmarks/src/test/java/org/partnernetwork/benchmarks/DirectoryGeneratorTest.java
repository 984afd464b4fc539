package org.partnernetwork.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partnernetwork.benchmarks.DirectoryGenerator.GeneratedOrganisation;
import org.partnernetwork.benchmarks.DirectoryGenerator.ServiceRow;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryGeneratorTest {

	@Test
	void theSameSeedGivesTheSameDirectory() {
		assertThat(generate(200, 1000, 7)).isEqualTo(generate(200, 1000, 7));
		assertThat(generate(200, 1000, 7)).isNotEqualTo(generate(200, 1000, 8));
	}

	@Test
	void everyOrganisationHasAServiceAndTheCountsAreExact() {
		List<GeneratedOrganisation> directory = generate(500, 2500, 1);

		assertThat(directory).hasSize(500).allSatisfy(o -> assertThat(o.services()).isNotEmpty());
		assertThat(directory.stream().mapToInt(o -> o.services().size()).sum()).isEqualTo(2500);
	}

	@Test
	void rowsFitTheSchema() {
		List<GeneratedOrganisation> directory = generate(500, 2500, 1);
		Set<String> slugs = new HashSet<>();
		for (GeneratedOrganisation o : directory) {
			assertThat(o.organisation().slug()).matches("[a-z0-9][a-z0-9-]{1,59}");
			assertThat(slugs.add(o.organisation().slug())).isTrue();
			assertThat(o.locations()).isNotEmpty();
			for (ServiceRow s : o.services()) {
				assertThat(s.provinces()).isNotEmpty().allMatch(code -> code.matches("KH-([1-9]|1[0-9]|2[0-5])"));
				assertThat(s.languages()).isNotEmpty().allMatch(code -> code.length() <= 3);
				assertThat(s.sexEligibility()).isIn("ANY", "FEMALE", "MALE");
				assertThat(s.capacityStatus()).isIn("AVAILABLE", "WAITLIST", "FULL");
				if (s.minAge() != null) {
					assertThat(s.maxAge()).isGreaterThanOrEqualTo(s.minAge());
				}
			}
		}
	}

	@Test
	void theSpreadIsBelievable() {
		List<ServiceRow> services = generate(2000, 10000, 3).stream().flatMap(o -> o.services().stream()).toList();

		long phnomPenh = services.stream().filter(s -> s.provinces().contains("KH-12")).count();
		long mondulkiri = services.stream().filter(s -> s.provinces().contains("KH-11")).count();
		long withKhmerName = services.stream().filter(s -> s.nameKm() != null).count();
		assertThat(phnomPenh).isGreaterThan(3 * mondulkiri);
		assertThat(withKhmerName).isBetween(7000L, 9000L);
		assertThat(services.stream().map(ServiceRow::serviceType).distinct()).hasSize(14);
	}

	private static List<GeneratedOrganisation> generate(int organisations, int services, long seed) {
		List<GeneratedOrganisation> directory = new ArrayList<>();
		new DirectoryGenerator(organisations, services, seed).forEachRemaining(directory::add);
		return directory;
	}

}
