package org.partnernetwork.e2e;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What a browser fetched, from Chrome's DevTools network events: every response
 * (redirects included) with the bytes it took on the wire, headers and body as sent
 * (compressed where it was).
 */
final class NetworkTally {

	record Fetch(String url, int status, long bytes, boolean fromCache) {

		/**
		 * From the disk cache, or from the memory cache (which Chrome reports as a
		 * response of no bytes).
		 */
		boolean cached() {
			return fromCache || bytes == 0;
		}

		/**
		 * The address without its query: Keycloak's carry session codes that have no
		 * place in a test's output.
		 */
		String address() {
			URI uri = URI.create(url);
			return uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
		}
	}

	private final List<Fetch> fetches;

	private NetworkTally(List<Fetch> fetches) {
		this.fetches = List.copyOf(fetches);
	}

	static NetworkTally of(List<JsonNode> events) {
		Map<String, String> urls = new LinkedHashMap<>();
		Map<String, Integer> statuses = new LinkedHashMap<>();
		Map<String, Boolean> cached = new LinkedHashMap<>();
		List<Fetch> fetches = new ArrayList<>();
		for (JsonNode event : events) {
			JsonNode params = event.get("params");
			String id = params.path("requestId").asString("");
			switch (event.get("method").asString()) {
				case "Network.requestWillBeSent" -> {
					JsonNode redirect = params.get("redirectResponse");
					if (redirect != null && urls.containsKey(id) && urls.get(id).startsWith("http")) {
						fetches.add(new Fetch(urls.get(id), redirect.get("status").asInt(),
								redirect.path("encodedDataLength").asLong(0), false));
					}
					urls.put(id, params.get("request").get("url").asString());
				}
				case "Network.responseReceived" -> {
					statuses.put(id, params.get("response").get("status").asInt());
					JsonNode response = params.get("response");
					cached.put(id, response.path("fromDiskCache").asBoolean(false)
							|| response.path("fromPrefetchCache").asBoolean(false));
				}
				case "Network.requestServedFromCache" -> cached.put(id, true);
				case "Network.loadingFinished" -> {
					// the browser's own pages (chrome://, a new tab's) and inline data:
					// are not the network
					if (urls.containsKey(id) && urls.get(id).startsWith("http")) {
						fetches.add(new Fetch(urls.get(id), statuses.getOrDefault(id, 0),
								params.get("encodedDataLength").asLong(), cached.getOrDefault(id, false)));
					}
				}
				default -> {
					// other events say nothing about bytes
				}
			}
		}
		return new NetworkTally(fetches);
	}

	List<Fetch> fetches() {
		return fetches;
	}

	long bytes() {
		return fetches.stream().mapToLong(Fetch::bytes).sum();
	}

	/**
	 * Requests that went over the network (a response from the browser's cache costs no
	 * round trip).
	 */
	long requests() {
		return fetches.stream().filter(fetch -> !fetch.cached()).count();
	}

	String table() {
		StringBuilder table = new StringBuilder();
		fetches.forEach(fetch -> table.append(String.format("  %3d %8.1f KB%s  %s%n", fetch.status(),
				fetch.bytes() / 1000.0, fetch.cached() ? " (cache)" : "        ", fetch.address())));
		return table.toString();
	}

}
