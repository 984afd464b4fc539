package org.partnernetwork.benchmarks;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.partnernetwork.benchmarks.Vocabulary.Province;
import org.partnernetwork.benchmarks.Vocabulary.ServiceType;

/**
 * The services of one organisation: type, area, eligibility, languages, capacity and
 * text.
 */
final class ServiceGenerator {

	private final SplittableRandom random;

	ServiceGenerator(SplittableRandom random) {
		this.random = random;
	}

	DirectoryGenerator.ServiceRow service(String organisationId, Province home, String locationId) {
		ServiceType type = Vocabulary.pick(random, Vocabulary.SERVICE_TYPES);
		int audience = random.nextInt(Vocabulary.AUDIENCES_EN.size());
		String nameEn = type.labelEn() + " " + Vocabulary.AUDIENCES_EN.get(audience);
		String nameKm = random.nextInt(10) < 8 ? type.labelKm() + Vocabulary.AUDIENCES_KM.get(audience) : null;
		String descriptionEn = type.wordsEn() + " " + Vocabulary.any(random, Vocabulary.SENTENCES_EN) + " "
				+ Vocabulary.any(random, Vocabulary.SENTENCES_EN);
		String descriptionKm = random.nextInt(10) < 6 ? type.labelKm() + Vocabulary.AUDIENCES_KM.get(audience) + "។ "
				+ Vocabulary.any(random, Vocabulary.SENTENCES_KM) : null;
		Integer[] ages = ages(type);
		return new DirectoryGenerator.ServiceRow(DirectoryGenerator.uuid(random), organisationId, type.code(), nameEn,
				nameKm, descriptionEn, descriptionKm, ages[0], ages[1], sex(), capacity(),
				DirectoryGenerator.NOW.minus(random.nextInt(3 * 365), ChronoUnit.DAYS), languages(), provinces(home),
				locationId);
	}

	private Integer[] ages(ServiceType type) {
		if (type.code().equals("vocational-training") || type.code().equals("employment-support")) {
			return new Integer[] { 15 + random.nextInt(2), 24 };
		}
		int roll = random.nextInt(100);
		if (roll < 10) {
			return new Integer[] { null, null };
		}
		int min = roll < 50 ? 0 : new int[] { 5, 10, 12, 14, 15, 16 }[random.nextInt(6)];
		int max = new int[] { 17, 17, 17, 18, 21, 24 }[random.nextInt(6)];
		return new Integer[] { min, Math.max(min, max) };
	}

	private String sex() {
		int roll = random.nextInt(100);
		return roll < 75 ? "ANY" : roll < 92 ? "FEMALE" : "MALE";
	}

	private String capacity() {
		int roll = random.nextInt(100);
		return roll < 60 ? "AVAILABLE" : roll < 88 ? "WAITLIST" : "FULL";
	}

	private Set<String> languages() {
		Set<String> languages = new LinkedHashSet<>();
		if (random.nextInt(100) < 97) {
			languages.add("km");
		}
		if (random.nextInt(100) < 35) {
			languages.add("en");
		}
		for (String other : List.of("vi", "th", "zh", "fr")) {
			if (random.nextInt(100) < 3) {
				languages.add(other);
			}
		}
		if (languages.isEmpty()) {
			languages.add("km");
		}
		return languages;
	}

	/** The home province; 30 % also a few others; 5 % the whole country. */
	private Set<String> provinces(Province home) {
		Set<String> provinces = new LinkedHashSet<>();
		provinces.add(home.code());
		int roll = random.nextInt(100);
		if (roll < 5) {
			Vocabulary.PROVINCES.forEach(p -> provinces.add(p.value().code()));
		}
		else if (roll < 35) {
			int more = 1 + random.nextInt(3);
			for (int i = 0; i < more; i++) {
				provinces.add(Vocabulary.pick(random, Vocabulary.PROVINCES).code());
			}
		}
		return provinces;
	}

}
