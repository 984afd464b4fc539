package org.partnernetwork.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.partnernetwork.launcher.Platform;
import org.partnernetwork.launcher.PlatformConfig;
import org.partnernetwork.launcher.PlatformUrls;
import org.partnernetwork.launcher.ProgressPrinter;
import org.partnernetwork.testsupport.DemoUser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform started once for the end-to-end suite, exactly as {@code ./platform start}
 * starts it, but on free ports, in a work folder of its own under {@code target/}, and
 * with notification-service's Telegram on, its Bot API being {@link TelegramStandIn}.
 */
final class RunningPlatform {

	private static Platform platform;

	private RunningPlatform() {
	}

	static synchronized Platform get() {
		if (platform == null) {
			Path root = ProjectRoot.find();
			PlatformConfig config = TelegramStandIn.botFor(PlatformConfig.defaults(root)
				.withRandomPorts()
				.withWorkDir(root.resolve("e2e-tests/target/platform")));
			platform = Platform.start(config, ProgressPrinter.console()); // stops itself
																			// at JVM exit
		}
		return platform;
	}

	static PlatformUrls urls() {
		return get().urls();
	}

	/**
	 * A token from Keycloak with the password grant of the public {@code partner-cli}
	 * client.
	 */
	static String passwordGrant(DemoUser user) {
		return token(urls().tokenEndpoint(), "grant_type=password&client_id=partner-cli&scope=openid&username="
				+ URLEncoder.encode(user.username(), StandardCharsets.UTF_8) + "&password=demo");
	}

	/**
	 * The aliases of the realm's Keycloak organizations, read with the local Keycloak
	 * admin account.
	 */
	static List<String> keycloakOrganizationAliases() {
		String admin = token(urls().keycloak() + "/realms/master/protocol/openid-connect/token",
				"grant_type=password&client_id=admin-cli&username=admin&password=admin");
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(urls().keycloak() + "/admin/realms/partner-network/organizations?max=1000"))
			.header("Authorization", "Bearer " + admin)
			.build();
		JsonNode organizations = JsonMapper.builder().build().readTree(send(request).body());
		return StreamSupport.stream(organizations.spliterator(), false)
			.map(org -> org.get("alias").asString())
			.toList();
	}

	private static String token(String endpoint, String form) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		HttpResponse<String> response = send(request);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Keycloak's token endpoint answered " + response.statusCode());
		}
		return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
