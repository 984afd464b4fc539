package org.partnernetwork.e2e;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;

import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * The gateway as a client that respects its rate limit: a 429 is waited out (Retry-After) and the same
 * request sent again, so that tests sending hundreds of requests per user assert access rules, not the
 * limiter (which {@code ResourceLimitsEndToEndTest} asserts on its own).
 */
final class PatientGateway {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final HttpApi gateway = new HttpApi(RunningPlatform.urls().gateway());

	Response get(String path, String token) {
		return send(gateway.request(path, token).GET().build());
	}

	Response send(String method, String path, String token, String jsonBody) {
		HttpRequest.Builder request = gateway.request(path, token);
		if (jsonBody == null) {
			return send(request.method(method, HttpRequest.BodyPublishers.noBody()).build());
		}
		return send(request.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(jsonBody))
			.build());
	}

	Response send(HttpRequest request) {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (true) {
			Response response = gateway.send(request);
			if (response.status() != 429 || Instant.now().isAfter(deadline)) {
				return response;
			}
			String retryAfter = response.header("Retry-After");
			Polling.pause(Duration.ofSeconds(retryAfter == null ? 1 : Long.parseLong(retryAfter)));
		}
	}
}
