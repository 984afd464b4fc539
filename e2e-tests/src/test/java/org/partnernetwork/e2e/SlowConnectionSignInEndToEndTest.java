package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;

/**
 * A new coordinator signs in on a phone in the provinces: 400 kbit/s down and up, 400 ms
 * added to every request (Chrome's network emulation). From opening the portal's address
 * to the first portal page after the password, usable (its HTML parsed, its stylesheet
 * applied and its script run: DOMContentLoaded), less the time the test spends typing the
 * username and the password (a person types at their own pace), with every byte the
 * browser received until that page had loaded completely (redirects, Keycloak's two
 * sign-in pages, the portal's page and its assets, fonts included), once with an empty
 * cache and once more after signing out. The first visit must stay within
 * {@link #MAX_BYTES} and {@link #MAX_TIME}; the figures are printed, with the time until
 * the portal page's load event for comparison.
 */
class SlowConnectionSignInEndToEndTest {

	/** 400 kbit/s. */
	static final int BYTES_PER_SECOND = 51_200;

	static final Duration LATENCY = Duration.ofMillis(400);

	static final long MAX_BYTES = 100_000;

	static final Duration MAX_TIME = Duration.ofSeconds(5);

	@Test
	void shouldSignInWithin100KilobytesAnd5SecondsAt400KilobitsPerSecond() throws Exception {
		assumeTrue(Chromium.installed(), "No browser test: install Debian's chromium and chromium-driver");
		String base = RunningPlatform.urls().gateway();

		try (var phone = Chromium.recordingNetwork(360, 800)) {
			phone.throttle(LATENCY, BYTES_PER_SECOND);
			Measured first = signIn(phone, base, "first visit, empty cache");

			phone.click(".who button[type='submit']");
			Deadline.poll(Duration.ofSeconds(30), phone::url, url -> url.startsWith(base + "/signed-out"));
			phone.networkEvents();
			Measured again = signIn(phone, base, "second sign-in, same browser");

			assertThat(first.bytes()).as("bytes of the whole sign-in, first visit").isLessThanOrEqualTo(MAX_BYTES);
			assertThat(first.time()).as("time of the whole sign-in, first visit").isLessThanOrEqualTo(MAX_TIME);
			assertThat(again.bytes()).as("a second sign-in costs no more than the first")
				.isLessThanOrEqualTo(first.bytes());
		}
	}

	private record Measured(long bytes, Duration time) {
	}

	/**
	 * Signs in as a person would, without the pauses of the other browser tests: each
	 * sign-in page is used once its stylesheet applies (a person sees nothing before),
	 * the portal's page once its HTML is parsed and its script has run.
	 */
	private static Measured signIn(Chromium phone, String base, String visit) {
		Instant began = Instant.now();
		phone.open(base + "/");
		soon(phone, "input[name='username']");
		styled(phone);
		Duration typing = typed(() -> phone.type("input[name='username']", DemoUser.SOPHEA.username()));
		phone.click("[type='submit']");
		soon(phone, "input[name='password']");
		styled(phone);
		typing = typing.plus(typed(() -> phone.type("input[name='password']", "demo")));
		phone.click("[type='submit']");
		soon(phone, ".who form[action='/logout']");
		while (phone.script("return document.readyState").asString().equals("loading")) {
			pause();
		}
		Duration usable = Duration.between(began, Instant.now());
		Duration waiting = usable.minus(typing);
		Deadline.poll(Duration.ofSeconds(60), () -> phone.script("return document.readyState").asString(),
				"complete"::equals);
		Duration loaded = Duration.between(began, Instant.now());
		NetworkTally tally = NetworkTally.of(phone.networkEvents());
		System.out.printf("[slow sign-in] %s at 400 kbit/s, 400 ms latency: %.1f KB received in %d requests; "
				+ "portal page usable after %.1f s of waiting (%.1f s with the test's typing), loaded after %.1f s%n%s",
				visit, tally.bytes() / 1000.0, tally.requests(), waiting.toMillis() / 1000.0,
				usable.toMillis() / 1000.0, loaded.toMillis() / 1000.0, tally.table());
		return new Measured(tally.bytes(), waiting);
	}

	/**
	 * How long the test took to type into a field: a person's own pace, not time spent
	 * waiting for the network.
	 */
	private static Duration typed(Runnable typing) {
		Instant began = Instant.now();
		typing.run();
		return Duration.between(began, Instant.now());
	}

	/**
	 * Waits for an element, asking every few milliseconds: the measured time is the
	 * browser's, not the test's.
	 */
	private static void soon(Chromium phone, String css) {
		Instant giveUp = Instant.now().plusSeconds(60);
		while (phone.find(css) == null) {
			if (Instant.now().isAfter(giveUp)) {
				throw new AssertionError("No " + css + " on " + phone.url() + " within 60 s");
			}
			pause();
		}
	}

	/** Waits until every stylesheet of the page has arrived and applies. */
	private static void styled(Chromium phone) {
		while (!phone.script("return [...document.querySelectorAll('link[rel=stylesheet]')].every(link => link.sheet)")
			.asBoolean()) {
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
