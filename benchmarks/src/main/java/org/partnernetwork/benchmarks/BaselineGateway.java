package org.partnernetwork.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.partnernetwork.launcher.Platform;
import org.partnernetwork.launcher.PlatformUrls;

/**
 * A second gateway beside the platform's, from the same jar, with the setting the gateway
 * had before its cost was cut: every bearer token verified in full (signature and claims)
 * on every request. With both gateways in one run, the load test measures before and
 * after under the same load.
 */
final class BaselineGateway implements AutoCloseable {

	/** The setting that was changed, put back. */
	static final List<String> BEFORE = List.of("--partner-network.gateway.verified-token-cache=false");

	private static final Duration READY_WITHIN = Duration.ofSeconds(90);

	private final Process process;

	private final String url;

	private BaselineGateway(Process process, String url) {
		this.process = process;
		this.url = url;
	}

	/**
	 * Starts it with the platform gateway's JVM options and environment, on a free port,
	 * and waits until it answers.
	 */
	static BaselineGateway start(Platform platform, Path checkout, Path log) {
		PlatformUrls urls = platform.urls();
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms64m", "-Xmx192m",
						"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-jar",
						checkout.resolve("gateway").resolve("target").resolve("gateway.jar").toString()));
		command.addAll(BEFORE);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		builder.environment()
			.putAll(Map.of("SERVER_PORT", Integer.toString(port), "KEYCLOAK_URL", urls.keycloak(),
					"GATEWAY_CLIENT_SECRET", platform.config().secrets().gateway(), "ORGANISATION_SERVICE_URL",
					urls.organisationService(), "REFERRAL_SERVICE_URL", urls.referralService(),
					"VOCATIONAL_SERVICE_URL", urls.vocationalService()));
		try {
			BaselineGateway gateway = new BaselineGateway(builder.start(), "http://127.0.0.1:" + port);
			gateway.awaitReady();
			return gateway;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the second gateway", e);
		}
	}

	String url() {
		return url;
	}

	long pid() {
		return process.pid();
	}

	private void awaitReady() {
		Instant deadline = Instant.now().plus(READY_WITHIN);
		URI health = URI.create(url + "/actuator/health");
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new BenchmarkException("The second gateway exited with " + process.exitValue() + "; see its log");
			}
			if (answers(health)) {
				return;
			}
			pause();
		}
		close();
		throw new BenchmarkException("The second gateway did not answer within " + READY_WITHIN.toSeconds() + " s");
	}

	/**
	 * A health check without a token: a made-up bearer token would be refused with 401.
	 */
	private static boolean answers(URI health) {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client
				.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkException("interrupted while the second gateway started");
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

}
