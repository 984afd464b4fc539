package org.partnernetwork.testsupport;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What a hostile client sends besides its bodies: bytes that are not UTF-8, content types
 * the API cannot read, odd paths, methods and headers; fixed ones, and random ones from a
 * seed.
 */
final class HostileBytes {

	/**
	 * Bytes that are not UTF-8: a lone surrogate, a stray continuation, an overlong
	 * slash, cut-off sequences.
	 */
	static final List<String> NOT_UTF8 = List.of("%ED%A0%80", "%FF", "%C0%AF", "%80", "%E2%82", "%F4%90%80%80",
			"%F8%88%80%80%80", "%C3", "%", "%G1", "%2", "%E0%80%80");

	static final List<String> UNUSABLE_CONTENT_TYPES = List.of("*/*", "application/*", "*/json", "a", ";;",
			"application/json;charset=nope", "application/json; charset=\"", "multipart/form-data",
			"multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/plain", "application/xml",
			"image/png", "application/json;;;", "application/json; charset=utf-16");

	static final List<String> ODD_PATHS = List.of("/api/%2e%2e/api/referrals", "/api/x;y", "//api/referrals",
			"/api/referrals/%2F", "/api/referrals/%5C", "/api/referrals/%00", "/api/referrals/..;/x", "/%ED%A0%80",
			"/api/referrals/%ED%A0%80", "/error", "/api/referrals/%25", "/api/./referrals", "/api/referrals/%0d%0a",
			"/api/" + "a".repeat(9000), "/actuator/env", "/actuator/heapdump", "/api/referrals?%=",
			"/api/%C0%AE%C0%AE/x", "/internal/../api/referrals", "/api/referrals#x");

	static final List<String> ODD_METHODS = List.of("TRACE", "FOO", "PROPFIND", "PATCH", "DELETE", "OPTIONS", "HEAD");

	static final List<Map<String, String>> ODD_HEADERS = List.of(Map.of("Accept", "nonsense"),
			Map.of("Accept", "text/html"), Map.of("Accept", "application/xml"), Map.of("Accept", "*/*;q=x"),
			Map.of("Accept", "image/png"), Map.of("Accept-Language", "%%%;q=x"), Map.of("Accept-Language", "km;q=2"),
			Map.of("Accept-Language", "x".repeat(2000)), Map.of("X-Forwarded-For", "not-an-address"),
			Map.of("Content-Length", "-1"), Map.of("Range", "bytes=9999999-"), Map.of("If-None-Match", "\"x\""));

	private final Random random;

	private final Supplier<String> marked;

	HostileBytes(Random random, Supplier<String> marked) {
		this.random = random;
		this.marked = marked;
	}

	/**
	 * A percent-encoded byte sequence that is not UTF-8: a stray continuation byte, a
	 * lead byte cut off, an overlong form, a surrogate, a code point above U+10FFFF, or a
	 * byte UTF-8 never uses.
	 */
	String randomNotUtf8() {
		int continuation = 0x80 + random.nextInt(0x40);
		return switch (random.nextInt(6)) {
			case 0 -> hex(continuation);
			case 1 -> hex(0xC2 + random.nextInt(0x1E)) + (random.nextBoolean() ? "" : "%41");
			case 2 -> hex(0xC0 + random.nextInt(2)) + hex(continuation);
			case 3 -> "%ED" + hex(0xA0 + random.nextInt(0x20)) + hex(continuation);
			case 4 -> "%F4" + hex(0x90 + random.nextInt(0x30)) + hex(continuation) + hex(continuation);
			default -> hex(0xF8 + random.nextInt(8));
		};
	}

	/**
	 * A Content-Type that names no type the API reads: a wildcard, a made-up charset, a
	 * form, garbage.
	 */
	String randomUnusableType() {
		List<String> types = List.of("*", "application", "multipart", "text", "x");
		List<String> subtypes = List.of("*", "form-data", "x-www-form-urlencoded", "json;charset=" + marked.get(), "??",
				"");
		return types.get(random.nextInt(types.size())) + "/" + subtypes.get(random.nextInt(subtypes.size()));
	}

	private static String hex(int value) {
		return String.format("%%%02X", value);
	}

}
