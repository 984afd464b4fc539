package org.partnernetwork.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A database server someone else runs ({@code DB_URL}): nothing to start, ready when it
 * accepts connections.
 */
final class ExternalDatabase implements Part {

	private final DatabaseLogin login;

	ExternalDatabase(DatabaseLogin login) {
		this.login = login;
	}

	@Override
	public String name() {
		return Parts.DATABASE;
	}

	@Override
	public Duration timeout() {
		return Duration.ofSeconds(15);
	}

	@Override
	public void start() {
		// runs elsewhere
	}

	@Override
	public boolean isReady() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(login.host(), login.port()), 1000);
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}

	@Override
	public Optional<String> failure() {
		return Optional.empty();
	}

	@Override
	public void stop() {
		// not ours to stop
	}

	@Override
	public void kill() {
		throw new UnsupportedOperationException("the external database is not the platform's to kill");
	}

	@Override
	public List<ProcessHandle> processes() {
		return List.of();
	}

	@Override
	public Path log() {
		return null;
	}

}
