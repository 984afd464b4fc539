package org.partnernetwork.organisation.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.partnernetwork.organisation.directory.KhmerTrigrams;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of a directory search, built from only the filters given so that the database
 * can use the matching index (type and ages, province, language, FULLTEXT in English,
 * Khmer trigrams) instead of a generic "x IS NULL OR …".
 */
final class ServiceSearchSql {

	/** InnoDB's default full-text stopwords of three letters or more. */
	private static final Set<String> STOPWORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the",
			"this", "was", "what", "when", "where", "who", "will", "with", "und", "www");

	/**
	 * The province and language a service must have: joins, each on its table's primary
	 * key (one row at most).
	 */
	final List<String> joins = new ArrayList<>();

	final List<String> conditions = new ArrayList<>();

	final MapSqlParameterSource parameters = new MapSqlParameterSource();

	/** Joins and conditions on a service aliased {@code s}. */
	static ServiceSearchSql forServices(SearchCriteria criteria) {
		var sql = new ServiceSearchSql();
		sql.add(criteria.serviceType(), "s.service_type = :serviceType", "serviceType");
		if (criteria.province() != null) {
			sql.joins.add(" JOIN service_area a ON a.service_id = s.id AND a.province_code = :province");
			sql.parameters.addValue("province", criteria.province());
		}
		// a child's age and sex against the service's eligibility: service-support's
		// Eligibility, said in SQL
		if (criteria.age() != null) {
			sql.conditions.add("(s.min_age IS NULL OR s.min_age <= :age) AND (s.max_age IS NULL OR s.max_age >= :age)");
			sql.parameters.addValue("age", criteria.age());
		}
		sql.add(criteria.upperSex(), "s.sex_eligibility IN ('ANY', :sex)", "sex");
		if (criteria.language() != null) {
			sql.joins.add(" JOIN service_language l ON l.service_id = s.id AND l.language_code = :language");
			sql.parameters.addValue("language", criteria.language());
		}
		sql.add(criteria.upperCapacity(), "s.capacity_status = :capacity", "capacity");
		return sql;
	}

	/** Free text over the service's own names and descriptions. */
	ServiceSearchSql withServiceText(SearchCriteria criteria) {
		return withText(criteria, "s");
	}

	ServiceSearchSql withText(SearchCriteria criteria, String alias) {
		if (criteria.hasText()) {
			conditions.add(textMatch(criteria, alias));
		}
		return this;
	}

	/**
	 * The free-text condition on a table aliased {@code alias}; registers its parameter.
	 */
	String textMatch(SearchCriteria criteria, String alias) {
		if (criteria.isKhmerText()) {
			String text = criteria.q().strip();
			parameters.addValue("like", "%" + escapeLike(text) + "%");
			String like = "(" + alias + ".name_km LIKE :like OR " + alias + ".description_km LIKE :like)";
			String trigrams = KhmerTrigrams.booleanQuery(text);
			if (trigrams == null) {
				// fewer than three Khmer characters in a row: no index can narrow it
				return like;
			}
			parameters.addValue("khmer", trigrams);
			return "(MATCH(" + alias + ".khmer_trigrams) AGAINST (:khmer IN BOOLEAN MODE) AND " + like + ")";
		}
		parameters.addValue("text", booleanModePrefixes(criteria.q()));
		return "MATCH(" + alias + ".name_en, " + alias + ".description_en) AGAINST (:text IN BOOLEAN MODE)";
	}

	String joins() {
		return String.join("", joins);
	}

	String where() {
		return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
	}

	/** The ids of the organisations with a matching service, for {@code o.id IN (…)}. */
	String organisationIds() {
		return "SELECT s.organisation_id FROM service s" + joins()
				+ (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
	}

	private void add(Object value, String condition, String name) {
		if (value != null) {
			conditions.add(condition);
			parameters.addValue(name, value);
		}
	}

	/**
	 * "counselling for boys" → "+counselling* +boys*": every word must match, as a
	 * prefix. Operators are dropped, and so are words InnoDB does not index (shorter than
	 * 3 letters, or its stopwords).
	 */
	static String booleanModePrefixes(String text) {
		String words = Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> word.length() >= 3 && !STOPWORDS.contains(word))
			.map(word -> "+" + word + "*")
			.collect(Collectors.joining(" "));
		return words.isEmpty() ? "\"\"" : words;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
