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

import org.partnernetwork.launcher.Platform;
import org.partnernetwork.launcher.PlatformConfig;
import org.partnernetwork.launcher.PlatformUrls;
import org.partnernetwork.launcher.ProgressPrinter;
import org.partnernetwork.testsupport.DemoUser;

import tools.jackson.databind.json.JsonMapper;

/**
 * The platform started once for the end-to-end suite, exactly as {@code ./platform start} starts it,
 * but on free ports and in a work folder of its own under {@code target/}.
 */
final class RunningPlatform {

	private static Platform platform;

	private RunningPlatform() {
	}

	static synchronized Platform get() {
		if (platform == null) {
			Path root = ProjectRoot.find();
			PlatformConfig config = PlatformConfig.defaults(root)
				.withRandomPorts()
				.withWorkDir(root.resolve("e2e-tests/target/platform"));
			platform = Platform.start(config, ProgressPrinter.console());
			Runtime.getRuntime().addShutdownHook(new Thread(platform::stop));
		}
		return platform;
	}

	static PlatformUrls urls() {
		return get().urls();
	}

	/** A token from Keycloak with the password grant of the public {@code partner-cli} client. */
	static String passwordGrant(DemoUser user) {
		String form = "grant_type=password&client_id=partner-cli&scope=openid&username="
				+ URLEncoder.encode(user.username(), StandardCharsets.UTF_8) + "&password=demo";
		HttpRequest request = HttpRequest.newBuilder(URI.create(urls().tokenEndpoint()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Password grant for " + user.username() + " answered "
						+ response.statusCode() + ": " + response.body());
			}
			return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
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
