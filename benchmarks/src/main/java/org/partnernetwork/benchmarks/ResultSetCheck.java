package org.partnernetwork.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import tools.jackson.databind.JsonNode;

/**
 * Before measuring: every search of every scenario, once per distinct parameter set,
 * answers what the same filters applied in SQL find. The totals must be equal; the ids
 * too, all of them for an answer of at most {@value #WHOLE} (read page by page), the
 * first page's otherwise (each of them among SQL's). Khmer free text is SQL's
 * {@code LIKE} over the Khmer names and descriptions (the service's and its
 * organisation's name); an English word is found where SQL's candidates hold a word of
 * the same stem, by the analysis organisation-service indexes English with (ICU words,
 * possessives dropped, lower case, Porter); a service type's name in the text also stands
 * for its name in the other language (the service's synonyms). Any difference fails the
 * benchmark.
 */
final class ResultSetCheck {

	static final int WHOLE = 300;

	private static final int PAGE = 100;

	private static final String ACTIVE = "NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = s.organisation_id"
			+ " AND o.status <> 'ACTIVE')";

	private final Api api;

	private final Connection db;

	private final String directUrl;

	private final String token;

	private final Analyzer english;

	ResultSetCheck(Api api, Connection db, String directUrl, String token) {
		this.api = api;
		this.db = db;
		this.directUrl = directUrl;
		this.token = token;
		try {
			this.english = CustomAnalyzer.builder()
				.withTokenizer(ICUTokenizerFactory.class)
				.addTokenFilter(EnglishPossessiveFilterFactory.class)
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(PorterStemFilterFactory.class)
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks every scenario; answers the differences found (the benchmark fails on any,
	 * after measuring).
	 */
	List<String> verify(List<Scenario> scenarios, PrintStream out) throws SQLException {
		List<String> differences = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			Set<Map<String, String>> distinct = new LinkedHashSet<>();
			for (Map<String, String> parameters : scenario.parameters()) {
				Map<String, String> search = new LinkedHashMap<>(parameters);
				search.remove("page");
				search.remove("size");
				distinct.add(search);
			}
			long whole = 0;
			long different = 0;
			for (Map<String, String> search : distinct) {
				try {
					if (check(scenario, search)) {
						whole++;
					}
				}
				catch (BenchmarkException difference) {
					different++;
					differences.add(difference.getMessage());
					out.println("  DIFFERENT: " + difference.getMessage());
				}
			}
			out.printf("  %-28s %d of %d searches answer what SQL finds (%d compared id by id, all pages)%n",
					scenario.key(), distinct.size() - different, distinct.size(), whole);
		}
		return differences;
	}

	private boolean check(Scenario scenario, Map<String, String> search) throws SQLException {
		Set<String> expected = expected(scenario.key(), search);
		String query = query(search);
		JsonNode first = Api
			.json(api.get(URI.create(directUrl + scenario.path() + "?" + query + "size=" + PAGE), token));
		long total = first.get("totalItems").asLong();
		List<String> ids = new ArrayList<>(ids(first));
		if (total != expected.size()) {
			Set<String> extra = new HashSet<>(ids);
			extra.removeAll(expected);
			throw difference(scenario, search, "found " + total + ", SQL " + expected.size() + (extra.isEmpty() ? ""
					: "; first page has " + extra.size() + " SQL does not, e.g. " + describe(extra.iterator().next())));
		}
		boolean whole = total <= WHOLE;
		for (int page = 1; whole && page * PAGE < total; page++) {
			ids.addAll(ids(Api.json(api.get(
					URI.create(directUrl + scenario.path() + "?" + query + "size=" + PAGE + "&page=" + page), token))));
		}
		Set<String> missing = new HashSet<>(ids);
		missing.removeAll(expected);
		if (!missing.isEmpty()) {
			throw difference(scenario, search,
					missing.size() + " found that SQL does not, e.g. " + missing.iterator().next());
		}
		if (whole && new HashSet<>(ids).size() != expected.size()) {
			throw difference(scenario, search, "pages hold " + new HashSet<>(ids).size() + " of " + expected.size());
		}
		return whole;
	}

	private Set<String> expected(String scenario, Map<String, String> p) throws SQLException {
		return switch (scenario) {
			case Scenarios.SERVICES_TYPE_PROVINCE_AGE -> ids("SELECT s.id FROM service s JOIN service_area a"
					+ " ON a.service_id = s.id AND a.province_code = ? WHERE " + ACTIVE + " AND s.service_type = ?"
					+ " AND (s.min_age IS NULL OR s.min_age <= ?) AND (s.max_age IS NULL OR s.max_age >= ?)",
					p.get("province"), p.get("serviceType"), p.get("age"), p.get("age"));
			case Scenarios.SERVICES_TEXT_KM -> ids(
					"SELECT s.id FROM service s JOIN organisation o"
							+ " ON o.id = s.organisation_id WHERE o.status = 'ACTIVE' AND (s.name_km LIKE ?"
							+ " OR s.description_km LIKE ? OR o.name_km LIKE ?)",
					like(p.get("q")), like(p.get("q")), like(p.get("q")));
			case Scenarios.SERVICES_TEXT_EN -> englishWord(p.get("q"));
			case Scenarios.ORGANISATIONS_TYPE_PROVINCE -> ids(
					"SELECT o.id FROM organisation o WHERE o.status ="
							+ " 'ACTIVE' AND o.id IN (SELECT s.organisation_id FROM service s JOIN service_area a"
							+ " ON a.service_id = s.id AND a.province_code = ? WHERE s.service_type = ?)",
					p.get("province"), p.get("serviceType"));
			case Scenarios.ORGANISATIONS_PAGE -> ids("SELECT o.id FROM organisation o WHERE o.status = 'ACTIVE'");
			default -> throw new BenchmarkException("no SQL to check " + scenario + " against");
		};
	}

	/**
	 * Services matching the text, or the text with a service type's name said in the
	 * other language (the service's synonyms): Khmer inside the Khmer texts, English word
	 * by word.
	 */
	private Set<String> text(String text) throws SQLException {
		Set<String> found = new HashSet<>(khmer(text) ? khmerText(text) : englishWords(text));
		try (PreparedStatement select = db.prepareStatement("SELECT label_en, label_km FROM service_type");
				ResultSet types = select.executeQuery()) {
			while (types.next()) {
				String en = types.getString(1);
				String km = types.getString(2);
				if (text.contains(km)) {
					found.addAll(englishWords(text.replace(km, en)));
				}
				String lower = text.toLowerCase(Locale.ROOT);
				int at = lower.indexOf(en.toLowerCase(Locale.ROOT));
				if (at >= 0) {
					found.addAll(khmerText(text.substring(0, at) + km + text.substring(at + en.length())));
				}
			}
		}
		return found;
	}

	private static boolean khmer(String text) {
		return text.codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF);
	}

	private Set<String> khmerText(String text) throws SQLException {
		return ids(
				"SELECT s.id FROM service s JOIN organisation o ON o.id = s.organisation_id WHERE o.status ="
						+ " 'ACTIVE' AND (s.name_km LIKE ? OR s.description_km LIKE ? OR o.name_km LIKE ?)",
				like(text), like(text), like(text));
	}

	/** Services matching every word of the text (each anywhere). */
	private Set<String> englishWords(String text) throws SQLException {
		Set<String> found = null;
		for (String word : text.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				Set<String> matching = englishWord(word);
				if (found == null) {
					found = matching;
				}
				else {
					found.retainAll(matching);
				}
			}
		}
		return found == null ? new HashSet<>() : found;
	}

	/**
	 * Services of active organisations with the word's stem among the words of their
	 * English name or description, or of their organisation's English name or slug.
	 */
	private Set<String> englishWord(String word) throws SQLException {
		String stem = String.join("", analyze(word));
		Set<String> found = new HashSet<>();
		try (PreparedStatement select = db.prepareStatement("SELECT s.id, s.name_en, s.description_en, o.name_en,"
				+ " REPLACE(o.slug, '-', ' ') FROM service s JOIN organisation o ON o.id = s.organisation_id"
				+ " WHERE o.status = 'ACTIVE' AND (s.name_en LIKE ? OR s.description_en LIKE ? OR o.name_en LIKE ?"
				+ " OR o.slug LIKE ?)")) {
			for (int i = 1; i <= 4; i++) {
				select.setString(i, like(stem.substring(0, Math.min(stem.length(), 4))));
			}
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					for (int column = 2; column <= 5; column++) {
						String text = rows.getString(column);
						if (text == null) {
							continue;
						}
						boolean match = column < 5 ? analyze(text).contains(stem)
								: List.of(text.toLowerCase(Locale.ROOT).split(" "))
									.contains(word.toLowerCase(Locale.ROOT));
						if (match) {
							found.add(rows.getString(1));
							break;
						}
					}
				}
			}
		}
		return found;
	}

	/** A service's texts, to tell why the service found it. */
	private String describe(String id) throws SQLException {
		try (PreparedStatement select = db.prepareStatement("SELECT s.name_en, s.name_km, s.description_km, o.name_en,"
				+ " o.name_km FROM service s JOIN organisation o ON o.id = s.organisation_id WHERE s.id = ?")) {
			select.setString(1, id);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? id + " [" + row.getString(1) + " | " + row.getString(2) + " | " + row.getString(3)
						+ " | " + row.getString(4) + " | " + row.getString(5) + "]" : id;
			}
		}
	}

	private List<String> analyze(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream tokens = english.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private Set<String> ids(String sql, String... parameters) throws SQLException {
		Set<String> ids = new HashSet<>();
		try (PreparedStatement select = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				select.setString(i + 1, parameters[i]);
			}
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
			}
		}
		return ids;
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		for (JsonNode item : page.get("items")) {
			ids.add(item.has("service") ? item.get("service").get("id").asString() : item.get("id").asString());
		}
		return ids;
	}

	private static String query(Map<String, String> search) {
		StringBuilder query = new StringBuilder();
		search.forEach((name, value) -> query.append(name)
			.append('=')
			.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
			.append('&'));
		return query.toString();
	}

	private static String like(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static BenchmarkException difference(Scenario scenario, Map<String, String> search, String what) {
		return new BenchmarkException(
				scenario.key() + " " + search + " does not answer what the same filters find in SQL: " + what);
	}

}
