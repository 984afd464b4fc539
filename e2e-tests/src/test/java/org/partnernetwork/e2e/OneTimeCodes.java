package org.partnernetwork.e2e;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.partnernetwork.testsupport.DemoUser;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), as an
 * authenticator app on a supervisor's phone makes them. The demo realm gives
 * {@code sokha.aple} and {@code admin.network} a known secret (Keycloak keeps it as the
 * text below; the app's key is its Base32). Keycloak takes each code once, so a person
 * who signs in twice within one step is given the next step's code, after waiting for it.
 */
final class OneTimeCodes {

	static final Duration STEP = Duration.ofSeconds(30);

	/** The demo realm's secrets, as its credentials hold them. */
	private static final Map<String, String> DEMO_SECRETS = Map.of(DemoUser.SOKHA.username(), "DemoOtpSokhaAple2026",
			DemoUser.ADMIN_NETWORK.username(), "DemoOtpAdminNetwork1");

	/**
	 * The last step each secret's code was handed out for, so no code is handed out
	 * twice.
	 */
	private static final Map<String, Long> LAST_STEP = new HashMap<>();

	private OneTimeCodes() {
	}

	/**
	 * Whether the demo realm asks this person for a one-time code (supervisors and
	 * admins).
	 */
	static boolean asked(String username) {
		return DEMO_SECRETS.containsKey(username);
	}

	static String demoSecret(String username) {
		String secret = DEMO_SECRETS.get(username);
		if (secret == null) {
			throw new IllegalArgumentException(username + " has no one-time code in the demo realm");
		}
		return secret;
	}

	/**
	 * A code for now that was not handed out before; waits for the next step if this
	 * one's was.
	 */
	static synchronized String fresh(String secret) {
		long step = step(Instant.now());
		Long last = LAST_STEP.get(secret);
		if (last != null && last >= step) {
			step = last + 1;
			sleepUntil(Instant.ofEpochSecond(step * STEP.toSeconds()));
		}
		LAST_STEP.put(secret, step);
		return code(secret.getBytes(StandardCharsets.UTF_8), step);
	}

	static long step(Instant at) {
		return at.getEpochSecond() / STEP.toSeconds();
	}

	/**
	 * RFC 6238 over RFC 4226: HMAC-SHA1 of the step as 8 bytes, dynamically truncated to
	 * 6 digits.
	 */
	static String code(byte[] key, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Base32 (RFC 4648, no padding), as an authenticator app takes a key. */
	static byte[] base32(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		String clean = text.replace("=", "").replace(" ", "").toUpperCase();
		ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return out.array();
	}

	private static void sleepUntil(Instant moment) {
		long millis = Duration.between(Instant.now(), moment).toMillis() + 200;
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
