package org.partnernetwork.benchmarks;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.partnernetwork.launcher.PlatformUrls;

import tools.jackson.databind.JsonNode;

/**
 * Makes the benchmark's people in the realm through Keycloak's admin REST API (the local
 * account admin/admin): coordinators {@code bench.member.N} of one organisation, each
 * with an e-mail address. Works on a realm that has them already.
 */
final class RealmMembers {

	private final Api api;

	private final String admin;

	private final String token;

	RealmMembers(Api api, PlatformUrls urls) {
		this.api = api;
		this.admin = urls.keycloak() + "/admin/realms/" + PlatformUrls.REALM;
		this.token = api.token(urls.keycloak() + "/realms/master/protocol/openid-connect/token",
				"grant_type=password&client_id=admin-cli&username=admin&password=admin");
	}

	/**
	 * {@code count} coordinators of the organisation (its alias); answers their
	 * addresses.
	 */
	List<String> coordinators(String organisation, int count) {
		String organisationId = id(get("/organizations?first=0&max=1000"), "alias", organisation);
		JsonNode coordinator = Api.json(api.get(URI.create(admin + "/roles/coordinator"), token));
		List<String> addresses = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			String username = "bench.member." + n;
			String address = username + "@example.org";
			expect(api.post(URI.create(admin + "/users"), token, """
					{"username": "%s", "email": "%s", "emailVerified": true, "enabled": true,
					 "firstName": "Bench", "lastName": "Member %d"}""".formatted(username, address, n)), 201, 409);
			String userId = id(get("/users?exact=true&username=" + username), "username", username);
			expect(api.post(URI.create(admin + "/users/" + userId + "/role-mappings/realm"), token,
					"[" + coordinator + "]"), 204);
			expect(api.post(URI.create(admin + "/organizations/" + organisationId + "/members"), token,
					"\"" + userId + "\""), 201, 409);
			addresses.add(address);
		}
		return addresses;
	}

	private JsonNode get(String path) {
		Api.Response answer = api.get(URI.create(admin + path), token);
		expect(answer, 200);
		return Api.json(answer);
	}

	private static String id(JsonNode list, String field, String value) {
		for (JsonNode item : list) {
			if (value.equals(item.get(field).asString())) {
				return item.get("id").asString();
			}
		}
		throw new BenchmarkException("Keycloak has no " + field + " " + value);
	}

	private static void expect(Api.Response answer, int... statuses) {
		for (int status : statuses) {
			if (answer.status() == status) {
				return;
			}
		}
		throw new BenchmarkException("Keycloak's admin API answered " + answer.status() + ": " + answer.excerpt());
	}

}
