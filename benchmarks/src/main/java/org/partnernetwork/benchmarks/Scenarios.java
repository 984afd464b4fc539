package org.partnernetwork.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * The typical searches of the directory. Each rotates through {@value #SETS} parameter
 * sets drawn with the benchmark's seed and the same weights as the data, so most searches
 * find something.
 */
final class Scenarios {

	static final String ORGANISATIONS_PAGE = "organisations-page";
	static final String SERVICES_TYPE_PROVINCE_AGE = "services-type-province-age";
	static final String SERVICES_TEXT_EN = "services-text-en";
	static final String SERVICES_TEXT_KM = "services-text-km";
	static final String ORGANISATIONS_TYPE_PROVINCE = "organisations-type-province";

	static final List<String> KEYS = List.of(SERVICES_TYPE_PROVINCE_AGE, SERVICES_TEXT_EN, SERVICES_TEXT_KM,
			ORGANISATIONS_TYPE_PROVINCE, ORGANISATIONS_PAGE);

	static final int SETS = 50;
	static final String PAGE_SIZE = "20";

	private static final String SERVICE_COLUMNS = "s.id, s.organisation_id, s.service_type, s.name_en, s.name_km, "
			+ "s.min_age, s.max_age, s.sex_eligibility, s.capacity_status";

	private static final String SERVICE_ORDER = "s.organisation_name_en, s.name_en, s.id";

	private static final String NOT_SUSPENDED = "NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = s.organisation_id"
			+ " AND o.status <> 'ACTIVE')";

	private static final String ACTIVE_SERVICES = "FROM service s WHERE " + NOT_SUSPENDED;

	private Scenarios() {
	}

	/** All scenarios, in {@link #KEYS} order. */
	static List<Scenario> all(long seed) {
		SplittableRandom random = new SplittableRandom(seed ^ 0x5CE4A7105L);
		return List.of(
				new Scenario(SERVICES_TYPE_PROVINCE_AGE, "services: type + province + age", "/api/services",
						sets(() -> query("serviceType", type(random), "province", province(random), "age",
								Integer.toString(6 + random.nextInt(12)))),
						p -> pageAndCount(SERVICE_COLUMNS,
								"FROM service s JOIN service_area a ON a.service_id = s.id" + " AND a.province_code = '"
										+ p.get("province") + "' WHERE " + NOT_SUSPENDED + " AND s.service_type = '"
										+ p.get("serviceType") + "'" + " AND (s.min_age IS NULL OR s.min_age <= "
										+ p.get("age") + ")" + " AND (s.max_age IS NULL OR s.max_age >= " + p.get("age")
										+ ")",
								SERVICE_ORDER),
						Scenarios::serviceMatches, true),
				new Scenario(SERVICES_TEXT_EN, "services: free text, English", "/api/services",
						sets(() -> query("q", Vocabulary.any(random, Vocabulary.SEARCH_TERMS_EN))),
						p -> pageAndCount(SERVICE_COLUMNS,
								ACTIVE_SERVICES + " AND (s.name_en LIKE '%" + p.get("q")
										+ "%' OR s.description_en LIKE '%" + p.get("q") + "%')",
								SERVICE_ORDER),
						Scenario.ItemCheck.NONE, true),
				new Scenario(SERVICES_TEXT_KM, "services: free text, Khmer", "/api/services",
						sets(() -> query("q", Vocabulary.any(random, Vocabulary.SEARCH_TERMS_KM))),
						p -> pageAndCount(SERVICE_COLUMNS,
								ACTIVE_SERVICES + " AND (s.name_km LIKE '%" + p.get("q")
										+ "%' OR s.description_km LIKE '%" + p.get("q") + "%')",
								SERVICE_ORDER),
						Scenario.ItemCheck.NONE, true),
				new Scenario(ORGANISATIONS_TYPE_PROVINCE, "organisations: type + province", "/api/organisations",
						sets(() -> query("serviceType", type(random), "province", province(random))),
						p -> pageAndCount("o.id, o.slug, o.name_en, o.name_km, o.status, o.last_verified_at",
								"FROM organisation o WHERE o.status = 'ACTIVE' AND o.id IN (SELECT s.organisation_id"
										+ " FROM service s JOIN service_area a ON a.service_id = s.id AND a.province_code = '"
										+ p.get("province") + "' WHERE s.service_type = '" + p.get("serviceType")
										+ "')",
								"o.name_en, o.slug, o.id"),
						Scenarios::organisationMatches, true),
				new Scenario(ORGANISATIONS_PAGE, "organisations: page through (no filter)", "/api/organisations",
						pages(),
						p -> pageAndCount("o.id, o.slug, o.name_en, o.name_km, o.status, o.last_verified_at",
								"FROM organisation o WHERE o.status = 'ACTIVE'", "o.name_en, o.slug, o.id"),
						Scenario.ItemCheck.NONE, false));
	}

	private static List<Map<String, String>> sets(Supplier<Map<String, String>> next) {
		List<Map<String, String>> sets = new ArrayList<>();
		for (int i = 0; i < SETS; i++) {
			Map<String, String> set = next.get();
			set.put("page", "0");
			set.put("size", PAGE_SIZE);
			sets.add(set);
		}
		return sets;
	}

	/** The first {@value #SETS} pages: people browse the start of a list, not its end. */
	private static List<Map<String, String>> pages() {
		List<Map<String, String>> sets = new ArrayList<>();
		for (int page = 0; page < SETS; page++) {
			sets.add(query("page", Integer.toString(page), "size", PAGE_SIZE));
		}
		return sets;
	}

	private static Map<String, String> query(String... namesAndValues) {
		Map<String, String> query = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			query.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return query;
	}

	private static List<String> pageAndCount(String columns, String fromWhere, String orderBy) {
		return List.of("SELECT " + columns + " " + fromWhere + " ORDER BY " + orderBy + " LIMIT 0, " + PAGE_SIZE,
				"SELECT COUNT(*) " + fromWhere);
	}

	private static String type(SplittableRandom random) {
		return Vocabulary.pick(random, Vocabulary.SERVICE_TYPES).code();
	}

	private static String province(SplittableRandom random) {
		return Vocabulary.pick(random, Vocabulary.PROVINCES).code();
	}

	/** Checks only what the item shows: its type, its provinces, its age range. */
	private static String serviceMatches(JsonNode item, Map<String, String> p) {
		JsonNode type = item.get("serviceType");
		if (type != null && !type.asString().equals(p.get("serviceType"))) {
			return "serviceType " + type.asString() + " is not " + p.get("serviceType");
		}
		JsonNode provinces = item.get("provinces");
		if (provinces != null && provinces.isArray() && !contains(provinces, p.get("province"))) {
			return "provinces " + provinces + " do not include " + p.get("province");
		}
		JsonNode eligibility = item.get("eligibility");
		int age = Integer.parseInt(p.get("age"));
		if (eligibility != null && (above(eligibility.get("minAge"), age) || above(age, eligibility.get("maxAge")))) {
			return "eligibility " + eligibility + " excludes age " + age;
		}
		return null;
	}

	private static String organisationMatches(JsonNode item, Map<String, String> p) {
		JsonNode types = item.get("serviceTypes");
		JsonNode provinces = item.get("provinces");
		if (types == null || provinces == null) {
			return "items have no serviceTypes or provinces to check";
		}
		if (!contains(types, p.get("serviceType"))) {
			return "serviceTypes " + types + " do not include " + p.get("serviceType");
		}
		return contains(provinces, p.get("province")) ? null
				: "provinces " + provinces + " do not include " + p.get("province");
	}

	private static boolean contains(JsonNode array, String value) {
		for (JsonNode element : array) {
			if (element.asString().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean above(JsonNode bound, int age) {
		return bound != null && bound.isNumber() && bound.asInt() > age;
	}

	private static boolean above(int age, JsonNode bound) {
		return bound != null && bound.isNumber() && age > bound.asInt();
	}

}
