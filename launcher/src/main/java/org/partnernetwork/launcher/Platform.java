package org.partnernetwork.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The running platform. {@link #start} starts the database and Keycloak together, then
 * the services together, then the gateway, and returns once every part answers.
 * {@link #stop} stops them in the reverse order; a JVM shutdown hook does the same if
 * nobody calls it.
 */
public final class Platform {

	private static final List<List<String>> START_ORDER = List.of(List.of(Parts.DATABASE, Parts.MAIL, Parts.KEYCLOAK),
			Parts.SERVICES, List.of(Parts.GATEWAY));

	private static final List<List<String>> STOP_ORDER = List.of(List.of(Parts.GATEWAY), Parts.SERVICES,
			List.of(Parts.KEYCLOAK), List.of(Parts.DATABASE, Parts.MAIL));

	private final PlatformConfig config;

	private final ProgressPrinter progress;

	private final Map<String, Part> parts = new LinkedHashMap<>();

	private final Thread shutdownHook = new Thread(this::stop, "partner-network-shutdown");

	private final Instant began = Instant.now();

	private volatile boolean stopping;

	private Duration startupTime;

	private Platform(PlatformConfig config, ProgressPrinter progress) {
		this.config = config;
		this.progress = progress;
		PartFactory factory = new PartFactory(config, progress);
		Parts.ALL.stream().filter(config::starts).forEach(name -> parts.put(name, factory.create(name)));
	}

	/**
	 * Starts the configured parts and blocks until all are ready.
	 * @throws PlatformStartException naming the part that failed and why; the others are
	 * stopped by then
	 */
	public static Platform start(PlatformConfig config, ProgressPrinter progress) {
		Platform platform = new Platform(config, progress);
		PortCheck.requireFree(config);
		Runtime.getRuntime().addShutdownHook(platform.shutdownHook);
		try {
			for (List<String> group : START_ORDER) {
				platform.startAndAwait(platform.present(group), platform.began);
			}
		}
		catch (RuntimeException e) {
			progress.print("Start failed; stopping what was started.");
			platform.stop();
			throw e;
		}
		platform.startupTime = Duration.between(platform.began, Instant.now());
		return platform;
	}

	private void startAndAwait(List<Part> group, Instant since) {
		if (group.isEmpty()) {
			return;
		}
		synchronized (this) {
			if (stopping) {
				throw new PlatformStartException(group.getFirst().name(), "the platform has been stopped");
			}
			group.forEach(Part::start);
		}
		new ReadinessWait(since, progress, () -> stopping).awaitReady(group);
	}

	private List<Part> present(List<String> names) {
		return names.stream().filter(parts::containsKey).map(parts::get).toList();
	}

	public PlatformConfig config() {
		return config;
	}

	public PlatformUrls urls() {
		return config.urls();
	}

	/** Where the services' schemas live, for tests that look at what was stored. */
	public DatabaseLogin database() {
		return config.database();
	}

	/**
	 * The e-mails the platform's SMTP server received so far (Keycloak's password
	 * resets), oldest first; none when the mail part was not started.
	 */
	public List<Mail> mails() {
		return parts.get(Parts.MAIL) instanceof MailServer server ? server.received() : List.of();
	}

	/** From the call to {@link #start} until every part was ready. */
	public Duration startupTime() {
		return startupTime;
	}

	/** The running processes of each part, with their resident memory. */
	public List<PartProcess> processes() {
		List<PartProcess> processes = new ArrayList<>();
		parts.values()
			.forEach(part -> part.processes()
				.forEach(process -> processes
					.add(new PartProcess(part.name(), process.pid(), ProcessTree.residentKb(process)))));
		return processes;
	}

	/** Parts whose process went away by itself since it was started, with the reason. */
	public Map<String, String> failures() {
		Map<String, String> failures = new LinkedHashMap<>();
		parts.values().forEach(part -> part.failure().ifPresent(reason -> failures.put(part.name(), reason)));
		return failures;
	}

	/** Stops one part (for fault tests); the others keep running. */
	public void stopPart(String name) {
		part(name).stop();
	}

	/**
	 * Kills one part (for fault tests): SIGKILL to its process tree, as a crash would end
	 * it, with no orderly shutdown. The others keep running; {@link #startPart} brings it
	 * back.
	 */
	public void killPart(String name) {
		part(name).kill();
	}

	/**
	 * Starts one part again and blocks until it is ready, or throws
	 * {@link PlatformStartException}.
	 */
	public void startPart(String name) {
		startAndAwait(List.of(part(name)), Instant.now());
	}

	/**
	 * Stops every part: gateway, services, Keycloak, database. Safe to call more than
	 * once.
	 */
	public synchronized void stop() {
		if (stopping) {
			return;
		}
		stopping = true;
		removeShutdownHook();
		Instant stopBegan = Instant.now();
		for (List<String> group : STOP_ORDER) {
			List<Part> members = present(group);
			if (!members.isEmpty()) {
				progress.print("Stopping " + members.stream().map(Part::name).collect(Collectors.joining(", ")));
				stopTogether(members);
			}
		}
		progress.print("Stopped (%.1f s).".formatted(Duration.between(stopBegan, Instant.now()).toMillis() / 1000.0));
	}

	private void stopTogether(List<Part> group) {
		List<Thread> stopping = group.stream()
			.map(part -> Thread.ofPlatform().name("stop-" + part.name()).start(part::stop))
			.toList();
		for (Thread thread : stopping) {
			try {
				thread.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void removeShutdownHook() {
		if (Thread.currentThread() == shutdownHook) {
			return;
		}
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		}
		catch (IllegalStateException shuttingDown) {
			// the hook is running or about to; it will find the platform stopped
		}
	}

	private Part part(String name) {
		Parts.requireKnown(name);
		Part part = parts.get(name);
		if (part == null) {
			throw new IllegalArgumentException(name + " is not one of the parts this platform started");
		}
		return part;
	}

}
