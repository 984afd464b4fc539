package org.partnernetwork.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The time bounds the fault suite holds the platform to, read from the modules' own
 * configuration, so that a change there is a change of what the suite asserts.
 */
final class ConfiguredTimeouts {

	private ConfiguredTimeouts() {
	}

	/**
	 * How long the gateway waits for a route's service before it gives up
	 * ({@code metadata.response-timeout}).
	 */
	static Duration gatewayRouteTimeout(String route) {
		Map<String, Object> routes = at(yaml("gateway"), "spring", "cloud", "gateway", "server", "webflux");
		for (Object candidate : (List<?>) routes.get("routes")) {
			Map<?, ?> routeConfig = (Map<?, ?>) candidate;
			if (route.equals(routeConfig.get("id"))) {
				Map<?, ?> metadata = (Map<?, ?>) routeConfig.get("metadata");
				return Duration.ofMillis(((Number) metadata.get("response-timeout")).longValue());
			}
		}
		throw new IllegalStateException("No gateway route " + route);
	}

	/**
	 * How long referral-service waits for organisation-service's answer before it says
	 * 503 itself.
	 */
	static Duration referralServiceDirectoryTimeLimit() {
		Map<String, Object> limiter = at(yaml("referral-service"), "resilience4j", "timelimiter", "instances",
				"organisation-service");
		return duration((String) limiter.get("timeout-duration"));
	}

	/**
	 * How long the gateway's own circuit breakers stay open before trying the service
	 * again.
	 */
	static Duration gatewayCircuitOpen() {
		Map<String, Object> defaults = at(yaml("gateway"), "resilience4j", "circuitbreaker", "configs", "default");
		return duration((String) defaults.get("wait-duration-in-open-state"));
	}

	/**
	 * {@code 3s} or {@code 500ms}, as Spring Boot reads durations; a
	 * {@code ${ENV:default}} gives its default.
	 */
	private static Duration duration(String value) {
		String plain = value.startsWith("${") ? value.substring(value.indexOf(':') + 1, value.length() - 1) : value;
		if (plain.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(plain.substring(0, plain.length() - 2)));
		}
		if (plain.endsWith("s")) {
			return Duration.ofSeconds(Long.parseLong(plain.substring(0, plain.length() - 1)));
		}
		return Duration.parse(plain);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> at(Map<String, Object> tree, String... keys) {
		Map<String, Object> node = tree;
		for (String key : keys) {
			node = (Map<String, Object>) node.get(key);
		}
		return node;
	}

	private static Map<String, Object> yaml(String module) {
		Path file = ProjectRoot.find().resolve(module).resolve("src/main/resources/application.yml");
		try {
			return new Yaml().load(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
