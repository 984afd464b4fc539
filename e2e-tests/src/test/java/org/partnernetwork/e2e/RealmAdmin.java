package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin calls of Keycloak's REST API that the identity tests make on the platform's
 * realm, with the local admin account: people with a password and a role, and a partner's
 * own sign-in service linked to its organization. These are the calls the platform itself
 * will make (organisation-service's admin client) when an org admin manages members or
 * the network admin links a partner's identity provider.
 */
final class RealmAdmin {

	static final String REALM = "/admin/realms/partner-network";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpApi keycloak = new HttpApi(RunningPlatform.urls().keycloak());

	private final String token;

	RealmAdmin() {
		Response login = keycloak.send(HttpRequest
			.newBuilder(URI.create(RunningPlatform.urls().keycloak() + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
			.build());
		assertThat(login.status()).as("Keycloak's admin login").isEqualTo(200);
		token = login.json().get("access_token").asString();
	}

	Response get(String path) {
		return keycloak.get(path, token);
	}

	Response post(String path, Object body) {
		return keycloak.post(path, token, JSON.writeValueAsString(body));
	}

	Response put(String path, Object body) {
		return keycloak.send(keycloak.request(path, token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build());
	}

	Response delete(String path) {
		return keycloak.send(keycloak.request(path, token).DELETE().build());
	}

	/**
	 * A person of a test's own with a known password, e-mail
	 * {@code <username>@example.org}, and the realm roles given (none: only the realm's
	 * defaults). Answers the user's id.
	 */
	String createUser(String username, String password, List<String> roles) {
		Response created = post(REALM + "/users",
				Map.of("username", username, "enabled", true, "email", username + "@example.org", "emailVerified", true,
						"firstName", "Test", "lastName", "Person", "credentials",
						List.of(Map.of("type", "password", "value", password, "temporary", false))));
		assertThat(created.status()).as("user %s created: %s", username, created.body()).isEqualTo(201);
		String id = userId(username);
		if (!roles.isEmpty()) {
			grantRealmRoles(id, roles);
		}
		return id;
	}

	/**
	 * What an org admin's "give a role" will call: {@code POST
	 * /users/{id}/role-mappings/realm}.
	 */
	void grantRealmRoles(String userId, List<String> roles) {
		List<JsonNode> representations = roles.stream().map(role -> get(REALM + "/roles/" + role).json()).toList();
		Response granted = post(REALM + "/users/" + userId + "/role-mappings/realm", representations);
		assertThat(granted.status()).as("roles %s granted", roles).isEqualTo(204);
	}

	String userId(String username) {
		JsonNode found = get(REALM + "/users?exact=true&username=" + username).json();
		assertThat(found).as("user " + username).hasSize(1);
		return found.get(0).get("id").asString();
	}

	/**
	 * The realm roles a person holds directly (without the realm's default composite).
	 */
	List<String> realmRoles(String userId) {
		JsonNode roles = get(REALM + "/users/" + userId + "/role-mappings/realm").json();
		return StreamSupport.stream(roles.spliterator(), false)
			.map(role -> role.get("name").asString())
			.filter(name -> !name.startsWith("default-roles-"))
			.toList();
	}

	/**
	 * The organization whose alias (the directory's slug) is given:
	 * {@code GET /organizations?q=alias:<slug>}.
	 */
	JsonNode organization(String alias) {
		JsonNode found = get(REALM + "/organizations?q=alias:" + alias).json();
		assertThat(found).as("organization " + alias).hasSize(1);
		return found.get(0);
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
