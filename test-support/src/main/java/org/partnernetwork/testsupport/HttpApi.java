package org.partnernetwork.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests: what a partner system would send, and what it would get
 * back.
 */
public final class HttpApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String baseUrl;

	public HttpApi(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String baseUrl() {
		return baseUrl;
	}

	public Response get(String path, String bearerToken) {
		return send(request(path, bearerToken).GET().build());
	}

	public Response post(String path, String bearerToken, String jsonBody) {
		return send(request(path, bearerToken).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(jsonBody))
			.build());
	}

	public HttpRequest.Builder request(String path, String bearerToken) {
		var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
		if (bearerToken != null) {
			builder.header("Authorization", "Bearer " + bearerToken);
		}
		return builder;
	}

	public Response send(HttpRequest request) {
		try {
			return new Response(client.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its body parsed as JSON where it is JSON. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String body() {
			return raw.body();
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		public JsonNode json() {
			return JSON.readTree(raw.body());
		}
	}

}
