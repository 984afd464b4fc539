package org.partnernetwork.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.StreamSupport;

import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;

/**
 * The local Keycloak's admin REST API (account admin/admin) and the realm's public key
 * set.
 */
final class KeycloakAdmin {

	private final HttpApi keycloak = new HttpApi(RunningPlatform.urls().keycloak());

	private final String token;

	KeycloakAdmin() {
		Response login = keycloak.send(HttpRequest
			.newBuilder(URI.create(RunningPlatform.urls().keycloak() + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
			.build());
		if (login.status() != 200) {
			throw new IllegalStateException("Keycloak's admin login answered " + login.status());
		}
		token = login.json().get("access_token").asString();
	}

	/** The realm's internal id, which its components name as their parent. */
	String realmId() {
		return keycloak.get("/admin/realms/partner-network", token).json().get("id").asString();
	}

	Response post(String path, String json) {
		return keycloak.post("/admin/realms/partner-network" + path, token, json);
	}

	/** The keys the realm publishes, which the gateway and every service trust. */
	static List<JsonNode> publishedKeys() {
		JsonNode keys = new HttpApi(RunningPlatform.urls().realm()).get("/protocol/openid-connect/certs", null)
			.json()
			.get("keys");
		return StreamSupport.stream(keys.spliterator(), false).toList();
	}

}
