package org.partnernetwork.support.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether a raw query string ({@code a=1&b=%E1%9E%80}) decodes as the UTF-8 a client must
 * send: every {@code %} followed by two hex digits, every name and value valid UTF-8 once
 * decoded (no lone surrogate such as {@code %ED%A0%80}, no overlong or cut-off sequence).
 */
final class QueryStrings {

	private QueryStrings() {
	}

	static boolean isWellFormed(String query) {
		if (query == null || query.isEmpty()) {
			return true;
		}
		for (String pair : query.split("&", -1)) {
			for (String part : pair.split("=", 2)) {
				if (!decodesAsUtf8(part)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean decodesAsUtf8(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length()) {
					return false;
				}
				int high = Character.digit(encoded.charAt(i + 1), 16);
				int low = Character.digit(encoded.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return false;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c > 0x7F) {
				return false;
			}
			else {
				bytes.write(c);
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
