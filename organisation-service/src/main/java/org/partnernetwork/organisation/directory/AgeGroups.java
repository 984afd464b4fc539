package org.partnernetwork.organisation.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * The age groups directory search counts services by: a service counts under each group
 * it takes some children of (its age range overlaps the group's).
 */
final class AgeGroups {

	static final List<String> NAMES = List.of("0-5", "6-11", "12-17", "18+");

	private static final int[] FROM = { 0, 6, 12, 18 };

	private static final int[] TO = { 5, 11, 17, Integer.MAX_VALUE };

	private AgeGroups() {
	}

	static List<String> of(Integer minAge, Integer maxAge) {
		int min = minAge == null ? 0 : minAge;
		int max = maxAge == null ? Integer.MAX_VALUE : maxAge;
		List<String> groups = new ArrayList<>();
		for (int i = 0; i < NAMES.size(); i++) {
			if (min <= TO[i] && max >= FROM[i]) {
				groups.add(NAMES.get(i));
			}
		}
		return groups;
	}

}
