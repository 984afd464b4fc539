package org.partnernetwork.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Chromium, headless, driven by its chromedriver over the W3C WebDriver protocol
 * (plain HTTP on loopback): a real browser that runs the pages' CSS, fonts and htmx. Each
 * browser has a new profile.
 */
final class Chromium implements AutoCloseable {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The W3C name of a found element's id in answers. */
	private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

	/** WebDriver's code of the Tab key. */
	static final String TAB = "\uE004";

	private final HttpClient http = HttpClient.newHttpClient();

	private final Process driver;

	private final Path profile;

	private final String session;

	/** Whether this machine has Debian's chromium and chromium-driver packages. */
	static boolean installed() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
	}

	/** A phone-sized window: 360 CSS pixels wide. */
	Chromium(int width, int height) throws IOException {
		this(width, height, false);
	}

	/**
	 * A phone-sized window that also records what it sends and receives (Chrome's
	 * performance log with its network events), for {@link #networkEvents()}. Its
	 * commands wait for a page's HTML to be parsed (DOMContentLoaded: stylesheets
	 * applied, deferred scripts run), not for its last font or image.
	 */
	static Chromium recordingNetwork(int width, int height) throws IOException {
		return new Chromium(width, height, true);
	}

	private Chromium(int width, int height, boolean recordNetwork) throws IOException {
		int port = freePort();
		driver = new ProcessBuilder(DRIVER.toString(), "--port=" + port).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		profile = Files.createTempDirectory("chromium-profile-");
		String base = "http://127.0.0.1:" + port;
		JsonNode started = Deadline.poll(Duration.ofSeconds(20), () -> status(base), answer -> answer != null);
		if (started == null) {
			driver.destroy();
			throw new IllegalStateException("chromedriver did not answer on port " + port);
		}
		// a headless window is never narrower than 500 pixels: the phone's screen is
		// emulated
		var phone = Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2, "touch", true));
		var options = new HashMap<String, Object>(Map.of("binary", BROWSER.toString(), "mobileEmulation", phone, "args",
				List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--user-data-dir=" + profile)));
		var capabilities = new HashMap<String, Object>(Map.of("goog:chromeOptions", options));
		if (recordNetwork) {
			options.put("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
			capabilities.put("goog:loggingPrefs", Map.of("performance", "ALL"));
			capabilities.put("pageLoadStrategy", "eager");
		}
		JsonNode answer = call("POST", base + "/session", Map.of("capabilities", Map.of("alwaysMatch", capabilities)));
		session = base + "/session/" + answer.get("sessionId").asString();
	}

	/**
	 * Emulates a slow network for every request of this browser (ChromeDriver's network
	 * conditions): {@code latency} added to each request, and the same throughput down
	 * and up.
	 */
	void throttle(Duration latency, int bytesPerSecond) {
		call("POST", session + "/chromium/network_conditions",
				Map.of("network_conditions", Map.of("offline", false, "latency", latency.toMillis(),
						"download_throughput", bytesPerSecond, "upload_throughput", bytesPerSecond)));
	}

	/**
	 * The DevTools network events ({@code Network.*}: method and params) recorded since
	 * the last call, for a browser made with {@link #recordingNetwork}.
	 */
	List<JsonNode> networkEvents() {
		JsonNode entries = call("POST", session + "/se/log", Map.of("type", "performance"));
		List<JsonNode> events = new ArrayList<>();
		for (JsonNode entry : entries) {
			JsonNode message = JSON.readTree(entry.get("message").asString()).get("message");
			if (message.get("method").asString().startsWith("Network.")) {
				events.add(message);
			}
		}
		return events;
	}

	void open(String url) {
		call("POST", session + "/url", Map.of("url", url));
	}

	String url() {
		return call("GET", session + "/url", null).asString();
	}

	String source() {
		return call("GET", session + "/source", null).asString();
	}

	/** The page's text as a person reads it (rendered, without markup). */
	String text() {
		return script("return document.body.innerText").asString();
	}

	/**
	 * Sets a field's value as a date picker would ({@code 2026-12-01}), which typed keys
	 * cannot do reliably.
	 */
	void pick(String css, String isoDate) {
		await(css);
		if (!isoDate.matches("\\d{4}-\\d{2}-\\d{2}") || !css.matches("#[\\w-]+")) {
			throw new IllegalArgumentException("a date as yyyy-mm-dd for a field by id");
		}
		script("document.querySelector('" + css + "').value = '" + isoDate + "'");
	}

	/** The first element matching a CSS selector, or null. */
	String find(String css) {
		JsonNode found = call("POST", session + "/elements", Map.of("using", "css selector", "value", css));
		return found.isEmpty() ? null : found.get(0).get(ELEMENT).asString();
	}

	/** Waits up to 20 seconds for an element matching a CSS selector, and answers it. */
	String await(String css) {
		String element = Deadline.poll(Duration.ofSeconds(20), () -> find(css), found -> found != null);
		if (element == null) {
			throw new AssertionError("No " + css + " on " + url() + " within 20 s:\n" + source());
		}
		return element;
	}

	/**
	 * Clicks the element matching a CSS selector; found again if htmx replaced it between
	 * finding and clicking (a "stale element"), at most three times.
	 */
	void click(String css) {
		for (int attempt = 1;; attempt++) {
			try {
				call("POST", session + "/element/" + await(css) + "/click", Map.of());
				return;
			}
			catch (IllegalStateException failed) {
				if (attempt == 3 || !String.valueOf(failed.getMessage()).contains("stale element reference")) {
					throw failed;
				}
			}
		}
	}

	/**
	 * Clicks (a form's button, say) and waits up to 20 seconds until the browser shows
	 * the next page.
	 */
	void clickToNextPage(String css) {
		await(css);
		script("window.partnerNetworkPreviousPage = true");
		click(css);
		Boolean next = Deadline.poll(Duration.ofSeconds(20),
				() -> script(
						"return window.partnerNetworkPreviousPage === undefined && document.readyState === 'complete'")
					.asBoolean(),
				shown -> shown);
		if (!Boolean.TRUE.equals(next)) {
			throw new AssertionError("No next page after clicking " + css + " on " + url());
		}
	}

	void type(String css, String text) {
		String element = await(css);
		call("POST", session + "/element/" + element + "/clear", Map.of());
		call("POST", session + "/element/" + element + "/value", Map.of("text", text));
	}

	/** Presses and releases a key, e.g. {@link #TAB}. */
	void press(String key) {
		var keys = List.of(Map.of("type", "keyDown", "value", key), Map.of("type", "keyUp", "value", key));
		call("POST", session + "/actions",
				Map.of("actions", List.of(Map.of("type", "key", "id", "keyboard", "actions", keys))));
	}

	/** Runs a script in the page and answers what it returns. */
	JsonNode script(String body) {
		return call("POST", session + "/execute/sync", Map.of("script", body, "args", List.of()));
	}

	/**
	 * Runs a script that ends by calling its last argument with the answer (e.g. after a
	 * promise settles).
	 */
	JsonNode scriptAsync(String body) {
		return call("POST", session + "/execute/async", Map.of("script", body, "args", List.of()));
	}

	/** The browser's cookies for the current page, name to value. */
	JsonNode cookies() {
		return call("GET", session + "/cookie", null);
	}

	void screenshot(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, Base64.getDecoder().decode(call("GET", session + "/screenshot", null).asString()));
	}

	@Override
	public void close() throws IOException {
		try {
			call("DELETE", session, null);
		}
		finally {
			driver.destroy();
			try (var files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private JsonNode call(String method, String url, Object body) {
		try {
			var request = HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.method(method,
						body == null ? HttpRequest.BodyPublishers.noBody()
								: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode value = JSON.readTree(response.body()).get("value");
			if (response.statusCode() != 200) {
				throw new IllegalStateException(method + " " + url + " → " + response.statusCode() + ": " + value);
			}
			return value;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode status(String base) {
		try {
			return call("GET", base + "/status", null);
		}
		catch (UncheckedIOException notYet) {
			return null;
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
