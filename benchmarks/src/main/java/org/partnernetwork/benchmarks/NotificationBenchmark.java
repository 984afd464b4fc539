package org.partnernetwork.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.partnernetwork.launcher.Mail;
import org.partnernetwork.launcher.Parts;
import org.partnernetwork.launcher.Platform;

/**
 * The notification benchmark: a burst of events delivered to notification-service as the
 * other services' outboxes deliver them ({@code POST /internal/events} with
 * vocational-service's service token), each for an organisation with a few coordinators,
 * so that each event makes an inbox row and an e-mail per member. It measures how many
 * events a second are taken in, and for each person told the time from the event's send
 * (its commit, for an outbox) to the inbox row ({@code created_at}) and to the SMTP
 * server (GreenMail's received time, in this JVM).
 */
final class NotificationBenchmark {

	static final String USAGE = """
			Usage: java -jar benchmarks/target/benchmarks-exec.jar notifications [options]

			Starts database, the SMTP server (GreenMail, in this JVM), Keycloak and notification-service on
			free ports in benchmarks/target/platform, makes --members coordinators of kandal-ahtjp in Keycloak,
			delivers --events events to POST /internal/events with vocational-service's service token, and
			prints events per second and the p50/p95 time from each event's send to its inbox rows and to
			the SMTP server. The e-mail sender's settings come from the environment as for the service:
			NOTIFICATION_MAIL_BATCH_SIZE (default 50) and NOTIFICATION_MAIL_INTERVAL (default PT5S).

			  --events=N          events in the burst                       (default 1000)
			  --members=N         coordinators told of each event           (default 3)
			  --concurrency=N     events in flight                          (default 4)
			  --max-seconds=N     how long to wait for every e-mail         (default 900)""";

	/** The organisation told: kandal-ahtjp has no members in the demo realm. */
	static final String ORGANISATION = "kandal-ahtjp";

	private static final String EVENT = """
			{"eventId": "%s", "kind": "REFERRAL_RECEIVED", "subjectId": "%s", "organisation": "aple",
			 "recipientOrganisation": "%s", "urgency": "ROUTINE", "occurredAt": "%s"}""";

	private static final Duration WARM_UP_LIMIT = Duration.ofMinutes(3);

	private final Path root;

	private final Options options;

	private final PrintStream out;

	NotificationBenchmark(Path root, Options options, PrintStream out) {
		this.root = root;
		this.options = options;
		this.out = out;
	}

	int run() throws IOException, SQLException {
		out.printf(Locale.ROOT,
				"Notification benchmark: %d events, %d in flight, %d members told of each; e-mail sender: %s per"
						+ " run, every %s; Java %s, %d cores%n%n",
				options.events(), options.concurrency(), options.members(),
				System.getenv().getOrDefault("NOTIFICATION_MAIL_BATCH_SIZE", "50 (default)"),
				System.getenv().getOrDefault("NOTIFICATION_MAIL_INTERVAL", "PT5S (default)"), Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		Machine.warnIfBusy(out);
		out.printf("Load average (1 min) at the start: %s%n", Machine.loadAverage());
		BenchmarkPlatform parts = new BenchmarkPlatform(root, out, BenchmarkPlatform.NOTIFICATIONS);
		parts.checkBuilt();
		try (FileChannel lock = parts.lock()) {
			Platform platform = parts.start();
			try (Api api = new Api()) {
				return measure(platform, api);
			}
			finally {
				platform.stop();
			}
		}
	}

	private int measure(Platform platform, Api api) throws SQLException {
		List<String> addresses = new RealmMembers(api, platform.urls()).coordinators(ORGANISATION, options.members());
		String token = api.clientCredentials(platform.urls().tokenEndpoint(), "vocational-service",
				platform.config().secrets().vocational());
		URI events = URI.create(platform.urls().of(Parts.NOTIFICATION_SERVICE) + "/internal/events");
		warmUp(api, events, token);

		Map<UUID, Instant> sent = new ConcurrentHashMap<>();
		LoadRun burst = new LoadRun(api, options.concurrency(), options.maxWait());
		RunStats intake = burst.run(i -> deliver(api, events, token, sent), options.events());
		int taken = intake.completed() - intake.errors();
		double seconds = intake.elapsed().toMillis() / 1000.0;
		out.printf(Locale.ROOT,
				"%n== Events taken in (202): %d of %d in %.1f s: %.1f events/s; answer p50 %.1f ms, p95 %.1f ms;"
						+ " not taken in (no answer within %d s, or refused): %d%n",
				taken, options.events(), seconds, taken / seconds, intake.percentileMillis(50),
				intake.percentileMillis(95), Api.REQUEST_TIMEOUT.toSeconds(), intake.errors());
		if (intake.firstError() != null) {
			out.println("  first error: " + intake.firstError());
		}

		NotificationStore store = new NotificationStore(platform.database());
		int expected = sent.size() * addresses.size();
		Instant waitUntil = Instant.now().plus(options.maxWait());
		while (store.mails("PENDING") > 0 && Instant.now().isBefore(waitUntil)) {
			sleep(Duration.ofSeconds(1));
		}
		List<Duration> toInbox = between(sent, store.inboxRows());
		List<Duration> toSmtp = between(sent, received(platform.mails(), addresses));
		Instant first = sent.values().stream().min(Instant::compareTo).orElseThrow();
		print("inbox rows", toInbox, expected);
		print("e-mails at the SMTP server", toSmtp, expected);
		List<Instant> arrivals = received(platform.mails(), addresses).stream().map(Arrival::at).sorted().toList();
		if (!arrivals.isEmpty()) {
			double mailSeconds = Duration.between(first, arrivals.getLast()).toMillis() / 1000.0;
			out.printf(Locale.ROOT, "%n  e-mails: %d received in %.1f s from the first event's send: %.1f a second%n",
					arrivals.size(), mailSeconds, arrivals.size() / mailSeconds);
		}
		Machine.printMemory(platform.processes(), out);
		out.printf("%nLoad average (1 min) at the end: %s on %d cores%n", Machine.loadAverage(),
				Runtime.getRuntime().availableProcessors());
		long failed = store.mails("FAILED");
		if (failed > 0) {
			out.printf("%nE-mails failed for good: %d%n", failed);
		}
		boolean complete = intake.errors() == 0 && toInbox.size() == expected && toSmtp.size() == expected;
		if (!complete) {
			out.printf("%nFAILED: %d inbox rows and %d e-mails of %d expected%n", toInbox.size(), toSmtp.size(),
					expected);
		}
		return complete ? DirectoryBenchmark.OK : DirectoryBenchmark.FAILED;
	}

	/**
	 * Events before the burst until 20 were taken in, so that the service's first calls
	 * (its Keycloak token, the JIT) are not measured; a cold service on a busy machine
	 * may let the first ones time out, as an outbox would find. They tell the same
	 * people.
	 */
	private void warmUp(Api api, URI events, String token) {
		Map<UUID, Instant> warmUp = new HashMap<>();
		Instant giveUp = Instant.now().plus(WARM_UP_LIMIT);
		String lastError = null;
		while (warmUp.size() < 20 && Instant.now().isBefore(giveUp)) {
			String error = deliver(api, events, token, warmUp);
			lastError = error == null ? lastError : error;
		}
		if (warmUp.size() < 20) {
			throw new BenchmarkException("notification-service took in only " + warmUp.size() + " warm-up events in "
					+ WARM_UP_LIMIT.toSeconds() + " s; the last refusal: " + lastError);
		}
	}

	/**
	 * One event, as an outbox sends it: a new event id, sent now; {@code null} when taken
	 * in (202).
	 */
	private static String deliver(Api api, URI events, String token, Map<UUID, Instant> sent) {
		UUID subject = UUID.randomUUID();
		Instant now = Instant.now();
		try {
			Api.Response answer = api.post(events, token,
					EVENT.formatted(UUID.randomUUID(), subject, ORGANISATION, now.toString()));
			if (answer.status() != 202) {
				return "HTTP " + answer.status() + ": " + answer.excerpt();
			}
			sent.put(subject, now);
			return null;
		}
		catch (Api.RequestFailedException e) {
			return e.getMessage();
		}
	}

	/** An inbox row or an e-mail about a referral (the event's subject), and when. */
	record Arrival(UUID subject, Instant at) {
	}

	/** The e-mails to the benchmark's members, by the referral in their link. */
	private static List<Arrival> received(List<Mail> mails, List<String> addresses) {
		List<Arrival> arrivals = new ArrayList<>();
		for (Mail mail : mails) {
			if (mail.to().stream().noneMatch(addresses::contains)) {
				continue;
			}
			mail.links()
				.stream()
				.filter(link -> link.matches(".*/referrals/[0-9a-f-]{36}"))
				.findFirst()
				.ifPresent(link -> arrivals
					.add(new Arrival(UUID.fromString(link.substring(link.length() - 36)), mail.received())));
		}
		return arrivals;
	}

	/** For each arrival about an event of the burst: the time since that event's send. */
	static List<Duration> between(Map<UUID, Instant> sent, List<Arrival> arrivals) {
		return arrivals.stream()
			.filter(arrival -> sent.containsKey(arrival.subject()))
			.map(arrival -> Duration.between(sent.get(arrival.subject()), arrival.at()))
			.toList();
	}

	private void print(String what, List<Duration> times, int expected) {
		out.printf(Locale.ROOT, "%n  %-27s %5d of %d; from the event's send: p50 %s, p95 %s, max %s%n", what,
				times.size(), expected, seconds(percentile(times, 50)), seconds(percentile(times, 95)),
				seconds(percentile(times, 100)));
	}

	/** Nearest rank; {@code null} when there is nothing. */
	static Duration percentile(List<Duration> times, double percentile) {
		if (times.isEmpty()) {
			return null;
		}
		List<Duration> sorted = times.stream().sorted().toList();
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
		return sorted.get(Math.clamp(rank - 1, 0, sorted.size() - 1));
	}

	private static String seconds(Duration time) {
		if (time == null) {
			return "-";
		}
		return time.toMillis() < 10_000 ? time.toMillis() + " ms"
				: String.format(Locale.ROOT, "%.1f s", time.toMillis() / 1000.0);
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkException("interrupted while waiting for the e-mails");
		}
	}

	/** How many events, to how many people, how many at once, waiting how long. */
	record Options(int events, int members, int concurrency, Duration maxWait) {

		static Options parse(List<String> args) {
			int events = 1000;
			int members = 3;
			int concurrency = 4;
			int maxSeconds = 900;
			for (String arg : args) {
				String[] nameValue = arg.replaceFirst("^--", "").split("=", 2);
				if (nameValue.length != 2 || !nameValue[1].matches("\\d{1,6}") || Integer.parseInt(nameValue[1]) < 1) {
					throw new IllegalArgumentException("Not an option with a positive number: " + arg);
				}
				int value = Integer.parseInt(nameValue[1]);
				switch (nameValue[0]) {
					case "events" -> events = value;
					case "members" -> members = value;
					case "concurrency" -> concurrency = value;
					case "max-seconds" -> maxSeconds = value;
					default -> throw new IllegalArgumentException("Unknown option " + arg);
				}
			}
			return new Options(events, members, concurrency, Duration.ofSeconds(maxSeconds));
		}
	}

}
