package org.partnernetwork.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnernetwork.testsupport.RawHttp.Answer;

/**
 * Reads an answer off a socket until it is complete: its head, then as many bytes as it
 * says, the last chunk, or the end of the connection. A server may keep a connection open
 * after an answer, or reset it after refusing a request it did not read: what came before
 * the reset is the answer.
 */
final class RawAnswers {

	private static final Pattern CONTENT_LENGTH = Pattern.compile("\r\ncontent-length: *(\\d+)");

	private RawAnswers() {
	}

	/**
	 * @param head whether it answers a HEAD request: a head alone then, whatever length
	 * it names
	 */
	static Answer read(InputStream in, boolean head) throws IOException {
		return parse(readAll(in, head), head);
	}

	private static byte[] readAll(InputStream in, boolean head) throws IOException {
		var all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				all.write(buffer, 0, read);
				if (isComplete(all.toByteArray(), head)) {
					break;
				}
			}
		}
		catch (IOException reset) {
			if (all.size() == 0) {
				throw reset;
			}
		}
		return all.toByteArray();
	}

	private static boolean isComplete(byte[] bytes, boolean head) {
		String all = new String(bytes, StandardCharsets.ISO_8859_1);
		int end = all.indexOf("\r\n\r\n");
		if (end < 0) {
			return false;
		}
		if (head) {
			return true;
		}
		String headers = all.substring(0, end).toLowerCase(Locale.ROOT);
		Matcher length = CONTENT_LENGTH.matcher(headers);
		if (length.find()) {
			return bytes.length - end - 4 >= Long.parseLong(length.group(1));
		}
		return headers.contains("\r\ntransfer-encoding: chunked") && all.endsWith("\r\n0\r\n\r\n");
	}

	private static Answer parse(byte[] all, boolean head) throws IOException {
		String text = new String(all, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("no complete response: " + RawHttp.abbreviate(text));
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		byte[] body = head ? new byte[0] : Arrays.copyOfRange(all, end + 4, all.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOfCrlf(chunked, at);
			if (lineEnd < 0) {
				break;
			}
			String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
			int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine, 16);
			if (size == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static int indexOfCrlf(byte[] bytes, int from) {
		for (int i = from; i + 1 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return -1;
	}

}
