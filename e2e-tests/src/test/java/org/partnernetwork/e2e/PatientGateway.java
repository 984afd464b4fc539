package org.partnernetwork.e2e;

import java.net.http.HttpRequest;
import java.time.Duration;

import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * The gateway as a client that respects its rate limit: after a 429 the same request is
 * sent again until the allowance is back, so that tests sending hundreds of requests per
 * user assert access rules, not the limiter (which {@code ResourceLimitsEndToEndTest}
 * asserts on its own).
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

	/**
	 * Waits out the gateway's rate limit like a patient client: a refused request uses
	 * none of the allowance.
	 */
	Response send(HttpRequest request) {
		return Deadline.poll(PATIENCE, () -> gateway.send(request), response -> response.status() != 429);
	}

}
