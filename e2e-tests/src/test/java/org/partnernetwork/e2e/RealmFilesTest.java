package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The production realm ({@code keycloak/production/partner-network-realm.json}) is the
 * demo realm without what only a demo may have, and with the settings production needs.
 * What the services rely on (clients, scopes, roles, sign-in flows, theme and languages,
 * one-time codes) must stay the same in both, so neither can drift: a change to one fails
 * here until the other has it too.
 */
class RealmFilesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)(:[^}]*)?}");

	private static final List<String> SAME_IN_BOTH = List.of("realm", "displayName", "enabled", "sslRequired",
			"registrationAllowed", "organizationsEnabled", "internationalizationEnabled", "supportedLocales",
			"defaultLocale", "loginTheme", "resetPasswordAllowed", "bruteForceProtected", "accessTokenLifespan",
			"ssoSessionIdleTimeout", "ssoSessionMaxLifespan", "otpPolicyType", "otpPolicyAlgorithm", "otpPolicyDigits",
			"otpPolicyPeriod", "otpPolicyLookAheadWindow", "otpPolicyCodeReusable", "otpSupportedApplications", "roles",
			"defaultRole", "scopeMappings", "clientScopeMappings", "clientScopes", "defaultDefaultClientScopes",
			"defaultOptionalClientScopes", "authenticatorConfig", "requiredActions", "browserFlow", "registrationFlow",
			"resetCredentialsFlow", "clientAuthenticationFlow", "dockerAuthenticationFlow", "firstBrokerLoginFlow");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static JsonNode demo;

	static JsonNode production;

	@BeforeAll
	static void readBoth() throws Exception {
		Path keycloak = ProjectRoot.find().resolve("keycloak");
		demo = JSON.readTree(Files.readString(keycloak.resolve("partner-network-realm.json")));
		production = JSON.readTree(Files.readString(keycloak.resolve("production/partner-network-realm.json")));
	}

	@Test
	void shouldKeepWhatTheServicesRelyOnTheSameInBothRealms() {
		for (String setting : SAME_IN_BOTH) {
			assertThat(production.get(setting)).as(setting).isNotNull().isEqualTo(demo.get(setting));
		}
	}

	@Test
	void shouldHaveTheSameClientsButTheDemosPasswordGrantOneWithoutDefaultSecrets() {
		List<JsonNode> demoClients = elements(demo.get("clients")).stream()
			.filter(client -> !client.get("clientId").asString().equals("partner-cli"))
			.map(RealmFilesTest::withoutPlaceholderDefaults)
			.toList();

		assertThat(elements(production.get("clients"))).containsExactlyElementsOf(demoClients);
		assertThat(elements(production.get("clients"))).as("no password grant, not even the realm's admin-cli")
			.noneMatch(client -> client.path("directAccessGrantsEnabled").asBoolean(false));
		assertThat(placeholders(production)).as("no secret, URL or mail setting falls back to a built-in value")
			.allMatch(placeholder -> placeholder.endsWith("}") && !placeholder.contains(":"));
	}

	@Test
	void shouldHaveTheSameSignInFlowsButTheDemosPasswordGrantWithoutACode() {
		List<JsonNode> demoFlows = elements(demo.get("authenticationFlows")).stream()
			.filter(flow -> !flow.get("alias").asString().equals(demo.get("directGrantFlow").asString()))
			.toList();

		assertThat(elements(production.get("authenticationFlows"))).containsExactlyElementsOf(demoFlows);
		assertThat(production.get("directGrantFlow").asString()).as("Keycloak's own, with its conditional OTP")
			.isEqualTo("direct grant");
		assertThat(demo.get("directGrantFlow").asString()).isEqualTo("partner-network direct grant (demo)");
	}

	@Test
	void shouldAskSupervisorsOrgAdminsAndTheNetworkAdminForAOneTimeCode() {
		List<String> roles = new ArrayList<>();
		for (JsonNode config : production.get("authenticatorConfig")) {
			JsonNode role = config.get("config").get("condUserRole");
			if (role != null && config.get("config").get("negate").asString().equals("false")) {
				roles.add(role.asString());
			}
		}
		assertThat(roles).containsExactlyInAnyOrder("supervisor", "org-admin", "network-admin");
		assertThat(production.get("browserFlow").asString()).isEqualTo("partner-network browser");
	}

	@Test
	void shouldCarryNoDemoPeopleOrganisationsOrPasswords() {
		assertThat(elements(production.get("users"))).allMatch(user -> user.has("serviceAccountClientId"))
			.noneMatch(user -> user.has("credentials"));
		assertThat(production.has("organizations")).isFalse();
		assertThat(production.toString()).doesNotContain("\"demo\"", "DemoOtp", "partner-cli");
	}

	@Test
	void shouldProtectPasswordsAndTokensAsProductionNeeds() {
		assertThat(production.get("bruteForceProtected").asBoolean()).isTrue();
		assertThat(production.get("failureFactor").asInt()).isBetween(3, 10);
		assertThat(production.get("passwordPolicy").asString()).contains("length(12)", "notUsername", "notEmail",
				"passwordHistory(5)");
		assertThat(production.get("accessTokenLifespan").asInt()).isLessThanOrEqualTo(300);
		assertThat(production.get("revokeRefreshToken").asBoolean()).as("refresh tokens rotate").isTrue();
		assertThat(production.get("refreshTokenMaxReuse").asInt()).isZero();
		assertThat(production.get("eventsEnabled").asBoolean()).as("sign-ins recorded").isTrue();
		assertThat(production.get("adminEventsEnabled").asBoolean()).as("admin changes recorded").isTrue();
		JsonNode smtp = production.get("smtpServer");
		assertThat(smtp.get("auth").asString()).isEqualTo("true");
		assertThat(smtp.get("starttls").asString()).isEqualTo("true");
		assertThat(List.of(smtp.get("host").asString(), smtp.get("user").asString(), smtp.get("password").asString()))
			.containsExactly("${SMTP_HOST}", "${SMTP_USER}", "${SMTP_PASSWORD}");
	}

	private static JsonNode withoutPlaceholderDefaults(JsonNode node) {
		if (node instanceof ObjectNode object) {
			ObjectNode copy = JSON.createObjectNode();
			object.properties()
				.forEach(field -> copy.set(field.getKey(), withoutPlaceholderDefaults(field.getValue())));
			return copy;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = JSON.createArrayNode();
			array.forEach(element -> copy.add(withoutPlaceholderDefaults(element)));
			return copy;
		}
		if (node.isString()) {
			return JSON.getNodeFactory().stringNode(PLACEHOLDER.matcher(node.asString()).replaceAll("\\${$1}"));
		}
		return node;
	}

	/**
	 * Every {@code ${NAME}} or {@code ${NAME:default}} of the environment (Keycloak's own
	 * ${role_…} aside).
	 */
	private static List<String> placeholders(JsonNode realm) {
		Matcher placeholder = PLACEHOLDER.matcher(realm.toString());
		return placeholder.results().map(MatchResult::group).toList();
	}

	private static List<JsonNode> elements(JsonNode array) {
		return array == null ? List.of() : StreamSupport.stream(array.spliterator(), false).toList();
	}

}
