package org.partnernetwork.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * One typical search, asked with a fixed rotation of parameter sets.
 *
 * @param key the name on the command line and in the table
 * @param title what a person calls it
 * @param path the endpoint, the same through the gateway and directly
 * @param parameters the parameter sets, in the order requests use them
 * @param expectedSql the SQL we expect the service to run for the first parameter set
 * (written by hand; used for the query plan only while the service's own SQL cannot be
 * captured)
 * @param itemCheck a problem with one answered item for its parameters, or {@code null}:
 * tells a filter that works from one that is ignored
 * @param filtered whether the answer must be a strict subset of the unfiltered list
 */
record Scenario(String key, String title, String path, List<Map<String, String>> parameters,
		Function<Map<String, String>, List<String>> expectedSql, ItemCheck itemCheck, boolean filtered) {

	@FunctionalInterface
	interface ItemCheck {

		/** What is wrong with this item for these parameters, or {@code null}. */
		String problem(JsonNode item, Map<String, String> parameters);

		ItemCheck NONE = (item, parameters) -> null;

	}

	Scenario {
		parameters = List.copyOf(parameters);
		if (parameters.isEmpty()) {
			throw new IllegalArgumentException(key + " needs at least one parameter set");
		}
	}

	Map<String, String> firstParameters() {
		return parameters.getFirst();
	}

	List<URI> uris(String baseUrl) {
		return parameters.stream().map(p -> uri(baseUrl, p)).toList();
	}

	URI firstUri(String baseUrl) {
		return uri(baseUrl, firstParameters());
	}

	/**
	 * The same path without filters, one item: its {@code totalItems} is what a filter
	 * must cut down.
	 */
	URI unfilteredUri(String baseUrl) {
		return URI.create(baseUrl + path + "?page=0&size=1");
	}

	List<String> expectedSqlForFirst() {
		return expectedSql.apply(firstParameters());
	}

	private URI uri(String baseUrl, Map<String, String> query) {
		return URI.create(baseUrl + path + "?"
				+ query.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&")));
	}
}
