package org.partnernetwork.benchmarks;

import java.net.URI;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Asks a scenario's first few searches once before measuring, to tell an endpoint that is
 * missing or ignores its filters (then the figures would measure something else) from one
 * that works.
 */
final class ScenarioProbe {

	static final int PROBED_SETS = 5;

	/**
	 * {@code reason} is null when available; {@code failed} when the endpoint is there
	 * but broken (a 5xx, no answer), as opposed to not there yet (404, 400) or ignoring
	 * its filters; {@code matches} is the first search's totalItems.
	 */
	record Outcome(String reason, boolean failed, long matches, long unfilteredTotal, int firstAnswerBytes) {

		boolean available() {
			return reason == null;
		}

		static Outcome unavailable(String reason) {
			return new Outcome(reason, false, -1, -1, 0);
		}

		static Outcome failed(String reason) {
			return new Outcome(reason, true, -1, -1, 0);
		}
	}

	/** The endpoint answered, but with a server error. */
	private static final class ServerErrorException extends RuntimeException {

		ServerErrorException(String message) {
			super(message);
		}

	}

	private final Api api;

	ScenarioProbe(Api api) {
		this.api = api;
	}

	Outcome probe(Scenario scenario, String baseUrl, String token) {
		try {
			long unfiltered = totalItems(scenario.unfilteredUri(baseUrl), token);
			long firstMatches = -1;
			int firstBytes = 0;
			boolean foundAny = false;
			int sets = Math.min(PROBED_SETS, scenario.parameters().size());
			for (int i = 0; i < sets; i++) {
				Map<String, String> parameters = scenario.parameters().get(i);
				URI uri = scenario.uris(baseUrl).get(i);
				Api.Response response = api.get(uri, token);
				JsonNode page = page(uri, response);
				long total = page.get("totalItems").asLong();
				if (scenario.filtered() && total >= unfiltered && unfiltered > 0) {
					return Outcome.unavailable("the filters seem to be ignored: " + describe(uri) + " found " + total
							+ " of " + unfiltered);
				}
				for (JsonNode item : page.get("items")) {
					String problem = scenario.itemCheck().problem(item, parameters);
					if (problem != null) {
						return Outcome.unavailable(
								"a filter is not applied: " + describe(uri) + " answered an item whose " + problem);
					}
				}
				foundAny |= total > 0;
				if (i == 0) {
					firstMatches = total;
					firstBytes = response.body().length;
				}
			}
			if (!foundAny) {
				return Outcome.unavailable("none of the first " + sets + " searches found anything; the figures would "
						+ "measure empty answers");
			}
			return new Outcome(null, false, firstMatches, unfiltered, firstBytes);
		}
		catch (ServerErrorException | Api.RequestFailedException e) {
			return Outcome.failed(e.getMessage());
		}
		catch (BenchmarkException e) {
			return Outcome.unavailable(e.getMessage());
		}
	}

	private long totalItems(URI uri, String token) {
		return page(uri, api.get(uri, token)).get("totalItems").asLong();
	}

	private static JsonNode page(URI uri, Api.Response response) {
		if (response.status() >= 500) {
			throw new ServerErrorException(describe(uri) + " answered HTTP " + response.status() + ": "
					+ response.excerpt() + " (see benchmarks/target/platform/logs/organisation-service.log)");
		}
		if (!response.ok()) {
			throw new BenchmarkException(describe(uri) + " answered HTTP " + response.status()
					+ (response.status() == 404 ? " (not implemented yet?)" : "") + ": " + response.excerpt());
		}
		JsonNode page = Api.json(response);
		if (page.get("items") == null || !page.get("items").isArray() || page.get("totalItems") == null) {
			throw new BenchmarkException(
					describe(uri) + " answered without items and totalItems: " + response.excerpt());
		}
		return page;
	}

	static String describe(URI uri) {
		return "GET " + uri.getRawPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
	}

}
