package org.partnernetwork.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, sending exactly the bytes a test gives: a request target no URI class
 * would build ({@code /api/%2e%2e/x}, {@code /a|b}, a lone {@code %}), any method, any header. What a
 * hostile client can send, and what it gets back.
 */
public final class RawHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String host;

	private final int port;

	public RawHttp(String baseUrl) {
		URI uri = URI.create(baseUrl);
		this.host = uri.getHost();
		this.port = uri.getPort();
	}

	/** Sends {@code method target HTTP/1.1} with these headers (Host and Connection: close added) and body. */
	public Answer send(String method, String target, Map<String, String> headers, byte[] body) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 5000);
			socket.setSoTimeout(30_000);
			ByteArrayOutputStream request = new ByteArrayOutputStream();
			request.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
			request.writeBytes(("Host: " + host + ":" + port + "\r\nConnection: close\r\n").getBytes(StandardCharsets.UTF_8));
			headers.forEach((name, value) -> request.writeBytes((name + ": " + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
			if (body != null) {
				request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			if (body != null) {
				request.writeBytes(body);
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.toByteArray());
			out.flush();
			return read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + abbreviate(target), ex);
		}
	}

	private static Answer read(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		String text = new String(all, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("no complete response: " + abbreviate(text));
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
		}
		byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
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

	static String abbreviate(String text) {
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}

	/** A response as the socket carried it. */
	public record Answer(int status, Map<String, String> headers, String body) {

		public String contentType() {
			return headers.getOrDefault("content-type", "");
		}

		/** RFC 9457 with a stable type of the platform's: what every error must be. */
		public boolean isProblemDetails() {
			if (!contentType().startsWith("application/problem+json")) {
				return false;
			}
			try {
				JsonNode problem = JSON.readTree(body);
				return problem.path("type").asString("").startsWith("urn:partner-network:problem:")
						&& !problem.path("title").asString("").isBlank() && problem.path("status").asInt() == status;
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}
	}
}
