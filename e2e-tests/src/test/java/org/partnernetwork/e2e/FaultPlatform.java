package org.partnernetwork.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.partnernetwork.launcher.DatabaseLogin;
import org.partnernetwork.launcher.Platform;
import org.partnernetwork.launcher.PlatformConfig;
import org.partnernetwork.launcher.ProgressPrinter;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;

import tools.jackson.databind.json.JsonMapper;

/**
 * The fault suite's own platform, started as {@code ./platform start} starts it, on free
 * ports and in {@code target/fault-platform}: its parts are killed and restarted, which
 * the shared {@link RunningPlatform} of the other end-to-end tests must never see.
 */
final class FaultPlatform {

	private final Platform platform;

	private final HttpApi gateway;

	private FaultPlatform(Platform platform) {
		this.platform = platform;
		this.gateway = new HttpApi(platform.urls().gateway());
	}

	static FaultPlatform start() {
		Path root = ProjectRoot.find();
		PlatformConfig config = PlatformConfig.defaults(root)
			.withRandomPorts()
			.withWorkDir(root.resolve("e2e-tests/target/fault-platform"));
		return new FaultPlatform(Platform.start(config, ProgressPrinter.console()));
	}

	Platform platform() {
		return platform;
	}

	HttpApi gateway() {
		return gateway;
	}

	/**
	 * A token from this platform's Keycloak, with the password grant of the public
	 * {@code partner-cli} client.
	 */
	String passwordGrant(DemoUser user) {
		HttpResponse<String> response = requestToken(user, Duration.ofSeconds(30));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Keycloak's token endpoint answered " + response.statusCode());
		}
		return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
	}

	/**
	 * A client-credentials token of the realm's {@code monitoring} client, which may read
	 * metrics.
	 */
	private String monitoringToken() {
		HttpRequest request = HttpRequest.newBuilder(URI.create(platform.urls().tokenEndpoint()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=client_credentials&client_id=monitoring&client_secret="
						+ URLEncoder.encode(platform.config().secrets().monitoring(), StandardCharsets.UTF_8)))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
			return JsonMapper.builder().build().readTree(body).get("access_token").asString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The token endpoint's raw answer; throws {@link UncheckedIOException} if Keycloak
	 * cannot be reached.
	 */
	HttpResponse<String> requestToken(DemoUser user, Duration timeout) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(platform.urls().tokenEndpoint()))
			.timeout(timeout)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=partner-cli&scope=openid&username="
					+ URLEncoder.encode(user.username(), StandardCharsets.UTF_8) + "&password=demo"))
			.build();
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build()) {
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

	/**
	 * A part's circuit breaker: {@code closed}, {@code open} or {@code half_open}, from
	 * its Prometheus metrics, read as a monitoring system reads them: with the
	 * {@code monitoring} client's token.
	 */
	String circuit(String part, String breaker) {
		String metrics = new HttpApi(platform.urls().of(part)).get("/actuator/prometheus", monitoringToken()).body();
		return metrics.lines()
			.filter(line -> line.startsWith("resilience4j_circuitbreaker_state{")
					&& line.contains("name=\"" + breaker + "\"") && line.endsWith(" 1.0"))
			.map(line -> line.replaceAll(".*state=\"([a-z_]+)\".*", "$1"))
			.findFirst()
			.orElse("unknown");
	}

	/** The lines of a part's log that contain {@code text}. */
	List<String> logLines(String part, String text) throws IOException {
		try (Stream<String> lines = Files.lines(platform.config().logFile(part))) {
			return lines.filter(line -> line.contains(text)).toList();
		}
	}

	/**
	 * The number a {@code count(*)} query answers in one service's schema (e.g.
	 * {@code notification}), with its {@code ?} parameters as strings.
	 */
	long count(String schema, String sql, String... parameters) {
		DatabaseLogin database = platform.database();
		try (Connection connection = DriverManager.getConnection(database.url() + "/" + schema, database.user(),
				database.password()); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read " + schema + ": " + ex.getMessage(), ex);
		}
	}

	void stop() {
		platform.stop();
	}

}
