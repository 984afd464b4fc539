package org.partnernetwork.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, sending exactly the bytes a test gives: a request target
 * no URI class would build ({@code /api/%2e%2e/x}, {@code /a|b}, a lone {@code %}), any
 * method, any header, or a request the server cannot even decode; from the address the
 * system picks, or from a loopback address of the test's choosing (a client of its own,
 * for limits kept per address). What a hostile client can send, and what it gets back:
 * the request asks for the connection to be closed, and the answer is read until it is
 * complete.
 */
public final class RawHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String host;

	private final int port;

	private final String clientAddress;

	public RawHttp(String baseUrl) {
		this(baseUrl, null);
	}

	/**
	 * @param clientAddress the loopback address the requests come from, such as
	 * {@code 127.0.0.12}
	 */
	public RawHttp(String baseUrl, String clientAddress) {
		URI uri = URI.create(baseUrl);
		this.host = uri.getHost();
		this.port = uri.getPort();
		this.clientAddress = clientAddress;
	}

	/**
	 * Sends {@code method target HTTP/1.1} with these headers (Host and Connection: close
	 * added) and body.
	 */
	public Answer send(String method, String target, Map<String, String> headers, byte[] body) {
		return send(method, target,
				headers.entrySet().stream().map(header -> header.getKey() + ": " + header.getValue()), body);
	}

	/**
	 * Sends {@code method target HTTP/1.1} with these header lines as they are written
	 * ({@code Name: value}, Host and Connection: close added) and this body in UTF-8, if
	 * any.
	 */
	public Answer send(String method, String target, List<String> headerLines, String body) {
		return send(method, target, headerLines.stream(), body == null ? null : body.getBytes(StandardCharsets.UTF_8));
	}

	/** Sends exactly these bytes, whatever they are. */
	public Answer sendBytes(byte[] request) {
		String start = new String(request, 0, Math.min(request.length, 120), StandardCharsets.ISO_8859_1);
		return exchange(request, start.startsWith("HEAD "), abbreviate(start.lines().findFirst().orElse("")));
	}

	private Answer send(String method, String target, Stream<String> headerLines, byte[] body) {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
		request
			.writeBytes(("Host: " + host + ":" + port + "\r\nConnection: close\r\n").getBytes(StandardCharsets.UTF_8));
		headerLines.forEach(line -> request.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8)));
		if (body != null) {
			request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		if (body != null) {
			request.writeBytes(body);
		}
		return exchange(request.toByteArray(), "HEAD".equals(method), method + " " + abbreviate(target));
	}

	private Answer exchange(byte[] request, boolean head, String what) {
		try (Socket socket = new Socket()) {
			if (clientAddress != null) {
				socket.bind(new InetSocketAddress(clientAddress, 0));
			}
			socket.connect(new InetSocketAddress(host, port), 5000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return RawAnswers.read(socket.getInputStream(), head);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(what, ex);
		}
	}

	static String abbreviate(String text) {
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}

	/**
	 * A response as the socket carried it: header names in lower case, the body
	 * de-chunked.
	 */
	public record Answer(int status, Map<String, String> headers, String body) {

		public String contentType() {
			return headers.getOrDefault("content-type", "");
		}

		/** A header's value, by its name in any case; null if the answer has none. */
		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
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
