package org.partnernetwork.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side: a password-grant token from Keycloak, and GETs and POSTs with it
 * (HTTP/1.1, kept-alive connections).
 */
final class Api implements AutoCloseable {

	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	record Response(int status, byte[] body) {

		boolean ok() {
			return status == 200;
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		String excerpt() {
			String text = text().replaceAll("\\s+", " ").strip();
			return text.length() > 200 ? text.substring(0, 200) + "…" : text;
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/**
	 * A token from the public {@code partner-cli} client with the password grant (demo
	 * realm only).
	 */
	String passwordGrant(String tokenEndpoint, String username, String password) {
		return token(tokenEndpoint,
				"grant_type=password&client_id=partner-cli&scope=openid&username="
						+ URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
						+ URLEncoder.encode(password, StandardCharsets.UTF_8));
	}

	/** A service's own token (client credentials), as its outbox takes one. */
	String clientCredentials(String tokenEndpoint, String clientId, String secret) {
		return token(tokenEndpoint,
				"grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
						+ "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8));
	}

	/** The access token a token endpoint answers for this form. */
	String token(String tokenEndpoint, String form) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
			.timeout(REQUEST_TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		Response response = send(request);
		if (!response.ok()) {
			throw new BenchmarkException("Keycloak refused a token at " + tokenEndpoint + " (HTTP " + response.status()
					+ "): " + response.excerpt());
		}
		JsonNode token = json(response).get("access_token");
		if (token == null) {
			throw new BenchmarkException("Keycloak's token answer has no access_token: " + response.excerpt());
		}
		return token.asString();
	}

	Response get(URI uri, String token) {
		return send(HttpRequest.newBuilder(uri)
			.timeout(REQUEST_TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.GET()
			.build());
	}

	/** A JSON POST, with extra headers as name/value pairs. */
	Response post(URI uri, String token, String json, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(REQUEST_TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	static JsonNode json(Response response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (RuntimeException e) {
			throw new BenchmarkException("not JSON: " + response.excerpt());
		}
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException e) {
			throw new RequestFailedException(request.uri() + ": " + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : " " + e.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RequestFailedException(request.uri() + ": interrupted");
		}
	}

	@Override
	public void close() {
		http.close();
	}

	/** No answer at all: refused, reset or timed out. */
	static final class RequestFailedException extends RuntimeException {

		RequestFailedException(String message) {
			super(message);
		}

	}

}
