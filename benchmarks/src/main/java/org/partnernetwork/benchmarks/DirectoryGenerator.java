package org.partnernetwork.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.partnernetwork.benchmarks.Vocabulary.Province;

/**
 * A directory of made-up organisations, one at a time, the same for the same seed. Each
 * organisation has a home province, one or two locations there and at least one service;
 * a tenth of the organisations are large and hold about a third of the services.
 */
final class DirectoryGenerator implements Iterator<DirectoryGenerator.GeneratedOrganisation> {

	static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

	record OrganisationRow(String id, String slug, String nameEn, String nameKm, String descriptionEn,
			String descriptionKm, String email, String phone, String website, String status, Instant lastVerifiedAt,
			Instant createdAt) {
	}

	record LocationRow(String id, String organisationId, String nameEn, String nameKm, String provinceCode,
			String address, boolean confidential) {
	}

	record ServiceRow(String id, String organisationId, String serviceType, String nameEn, String nameKm,
			String descriptionEn, String descriptionKm, Integer minAge, Integer maxAge, String sexEligibility,
			String capacityStatus, Instant createdAt, Set<String> languages, Set<String> provinces, String locationId) {
	}

	record GeneratedOrganisation(OrganisationRow organisation, List<LocationRow> locations, List<ServiceRow> services) {
	}

	private final SplittableRandom random;

	private final int[] serviceCounts;

	private final ServiceGenerator services;

	private int next;

	DirectoryGenerator(int organisations, int services, long seed) {
		if (services < organisations) {
			throw new IllegalArgumentException("every organisation needs a service: " + services + " services for "
					+ organisations + " organisations");
		}
		this.random = new SplittableRandom(seed);
		this.serviceCounts = spread(organisations, services, random.split());
		this.services = new ServiceGenerator(random.split());
	}

	/** One service each, the rest: 30 % to the largest tenth, 70 % to anyone. */
	private static int[] spread(int organisations, int services, SplittableRandom random) {
		int[] counts = new int[organisations];
		Arrays.fill(counts, 1);
		int large = Math.max(1, organisations / 10);
		for (int i = organisations; i < services; i++) {
			counts[random.nextDouble() < 0.3 ? random.nextInt(large) : random.nextInt(organisations)]++;
		}
		return counts;
	}

	@Override
	public boolean hasNext() {
		return next < serviceCounts.length;
	}

	@Override
	public GeneratedOrganisation next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		int index = next++;
		Province home = Vocabulary.pick(random, Vocabulary.PROVINCES);
		OrganisationRow organisation = organisation(index, home);
		List<LocationRow> locations = new ArrayList<>();
		int locationCount = random.nextInt(4) == 0 ? 2 : 1;
		for (int i = 0; i < locationCount; i++) {
			boolean confidential = i == 1;
			locations.add(new LocationRow(uuid(random), organisation.id(),
					(confidential ? "Safe house " : "Office ") + home.nameEn(),
					(confidential ? "ផ្ទះសុវត្ថិភាព " : "ការិយាល័យ ") + home.nameKm(), home.code(),
					"Street " + (100 + random.nextInt(900)) + ", " + home.nameEn(), confidential));
		}
		List<ServiceRow> rows = new ArrayList<>();
		for (int i = 0; i < serviceCounts[index]; i++) {
			String locationId = locations.get(random.nextInt(locations.size())).id();
			rows.add(services.service(organisation.id(), home, locationId));
		}
		return new GeneratedOrganisation(organisation, locations, rows);
	}

	private OrganisationRow organisation(int index, Province home) {
		String word = Vocabulary.any(random, Vocabulary.ORGANISATION_WORDS_EN);
		String kind = Vocabulary.any(random, Vocabulary.ORGANISATION_KINDS_EN);
		String nameEn = word + " " + kind + " " + home.nameEn();
		String nameKm = random.nextInt(10) < 8 ? Vocabulary.any(random, Vocabulary.ORGANISATION_KINDS_KM)
				+ Vocabulary.any(random, Vocabulary.ORGANISATION_WORDS_KM) + " " + home.nameKm() : null;
		String slug = (nameEn.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + index);
		String descriptionEn = "Child protection services in " + home.nameEn() + ". "
				+ Vocabulary.any(random, Vocabulary.SENTENCES_EN);
		String descriptionKm = nameKm == null ? null
				: "សេវាការពារកុមារនៅខេត្ត" + home.nameKm() + "។ " + Vocabulary.any(random, Vocabulary.SENTENCES_KM);
		String status = random.nextInt(100) < 97 ? "ACTIVE" : "SUSPENDED";
		Instant lastVerified = random.nextInt(4) == 0 ? null : NOW.minus(random.nextInt(365), ChronoUnit.DAYS);
		Instant created = NOW.minus(365 + random.nextInt(3 * 365), ChronoUnit.DAYS);
		return new OrganisationRow(uuid(random), slug, nameEn, nameKm, descriptionEn, descriptionKm,
				"contact@" + slug + ".example.org",
				"+855 " + (10 + random.nextInt(90)) + " " + (100_000 + random.nextInt(900_000)),
				"https://" + slug + ".example.org", status, lastVerified, created);
	}

	static String uuid(SplittableRandom random) {
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(most, least).toString();
	}

}
