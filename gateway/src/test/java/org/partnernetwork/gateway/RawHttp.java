package org.partnernetwork.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP/1.1 request written byte for byte on a connection of its own, from a loopback address of the test's
 * choosing: what a probe sends and no well-behaved client would (odd request lines, raw bytes in the address,
 * huge or malformed headers, unknown methods). The request asks for the connection to be closed, so the answer is
 * everything the server sends until it closes.
 */
final class RawHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final String clientAddress;

	RawHttp(int port) {
		this(port, "127.0.0.1");
	}

	RawHttp(int port, String clientAddress) {
		this.port = port;
		this.clientAddress = clientAddress;
	}

	/** A request of this method and target with these header lines, {@code Host} and {@code Connection: close}. */
	Answer send(String method, String target, List<String> headers, String body) {
		var head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
		headers.forEach(header -> head.append(header).append("\r\n"));
		byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		if (body != null) {
			head.append("Content-Length: ").append(content.length).append("\r\n");
		}
		head.append("Connection: close\r\n\r\n");
		var request = new ByteArrayOutputStream();
		request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		request.writeBytes(content);
		return sendBytes(request.toByteArray(), "HEAD".equals(method));
	}

	/** Exactly these bytes. */
	Answer sendBytes(byte[] request, boolean head) {
		try (var socket = new Socket()) {
			socket.bind(new InetSocketAddress(clientAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return Answer.parse(readAll(socket.getInputStream(), head), head);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads until the answer is complete: its headers, then as many bytes as it says, the last chunk, or the end
	 * of the connection. A server may keep a connection open after an answer, or reset it after refusing a
	 * request unread.
	 */
	private static byte[] readAll(InputStream in, boolean head) throws IOException {
		var all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				all.write(buffer, 0, read);
				if (Answer.isComplete(all.toByteArray(), head)) {
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

	/** The status, the headers (names in lower case) and the body, de-chunked. */
	record Answer(int status, Map<String, List<String>> headers, byte[] body) {

		private static final Pattern CONTENT_LENGTH = Pattern.compile("\r\ncontent-length: *(\\d+)");

		static Answer parse(byte[] bytes, boolean head) {
			String all = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = all.indexOf("\r\n\r\n");
			if (end < 0) {
				throw new IllegalStateException("No complete answer: " + all.length() + " bytes");
			}
			String[] lines = all.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
			}
			byte[] rest = Arrays.copyOfRange(bytes, end + 4, bytes.length);
			boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked");
			return new Answer(status, headers, head ? new byte[0] : chunked ? dechunk(rest) : rest);
		}

		static boolean isComplete(byte[] bytes, boolean head) {
			String all = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = all.indexOf("\r\n\r\n");
			if (end < 0) {
				return false;
			}
			String headers = all.substring(0, end).toLowerCase(Locale.ROOT);
			if (head) {
				return true;
			}
			Matcher length = CONTENT_LENGTH.matcher(headers);
			if (length.find()) {
				return bytes.length - end - 4 >= Integer.parseInt(length.group(1));
			}
			return headers.contains("\r\ntransfer-encoding: chunked") && all.endsWith("\r\n0\r\n\r\n");
		}

		String header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null ? null : values.getFirst();
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		JsonNode json() {
			return JSON.readTree(body);
		}

		private static byte[] dechunk(byte[] chunked) {
			var body = new ByteArrayOutputStream();
			int at = 0;
			while (at < chunked.length) {
				int lineEnd = indexOf(chunked, at);
				int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1)
					.split(";")[0].trim(), 16);
				if (size == 0) {
					break;
				}
				body.write(chunked, lineEnd + 2, size);
				at = lineEnd + 2 + size + 2;
			}
			return body.toByteArray();
		}

		private static int indexOf(byte[] bytes, int from) {
			for (int i = from; i < bytes.length - 1; i++) {
				if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
					return i;
				}
			}
			throw new IllegalStateException("A chunk without its size line");
		}
	}
}
