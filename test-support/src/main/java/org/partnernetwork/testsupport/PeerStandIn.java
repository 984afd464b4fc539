package org.partnernetwork.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * WireMock in place of a peer service, on a port of its own that outlives it:
 * {@link #down()} stops it (a caller gets "connection refused"), {@link #up()} brings it
 * back on the same port with its usual answers.
 */
public final class PeerStandIn {

	private final int port;

	private final Consumer<WireMockServer> usualAnswers;

	private WireMockServer server;

	public PeerStandIn(Consumer<WireMockServer> usualAnswers) {
		this.port = freePort();
		this.usualAnswers = usualAnswers;
		up();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	public WireMockServer server() {
		return server;
	}

	public synchronized void up() {
		if (server != null && server.isRunning()) {
			return;
		}
		server = new WireMockServer(wireMockConfig().port(port).bindAddress("127.0.0.1"));
		server.start();
		usualAnswers.accept(server);
	}

	public synchronized void down() {
		server.stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
