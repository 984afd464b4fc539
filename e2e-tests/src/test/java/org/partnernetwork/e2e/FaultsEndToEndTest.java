package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.partnernetwork.launcher.Parts;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;

/**
 * What people notice when a part of the platform fails, on a platform of the suite's own:
 * a peer killed mid-run, the outbox's receiver killed, Keycloak stopped, the database
 * restarted under load, notification-service killed with e-mails waiting. Each scenario
 * brings the part back with {@code startPart} and shows that the platform recovers by
 * itself. Runs first, so its platform is stopped before the shared one of the other tests
 * starts.
 */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsEndToEndTest {

	/**
	 * What a request may answer while the database restarts: 503 Problem Details, from
	 * the service or the gateway.
	 */
	private static final List<String> CLEAN_503S = List.of("database-unavailable", "service-unavailable",
			"service-timeout");

	static FaultPlatform faults;

	static HttpApi gateway;

	@BeforeAll
	static void startOwnPlatform() {
		faults = FaultPlatform.start();
		gateway = faults.gateway();
		System.out.printf("[faults] platform ready in %d ms%n", faults.platform().startupTime().toMillis());
	}

	@AfterAll
	static void stopOwnPlatform() {
		if (faults != null) {
			faults.stop();
		}
	}

	/**
	 * organisation-service killed: sending fails fast with 503 (faster still once
	 * referral-service's circuit is open), while referrals already made stay readable and
	 * can be answered; once it is back, sending works again without anyone doing
	 * anything.
	 */
	@Test
	@Order(1)
	void shouldAnswerSendsFastWhileTheDirectoryIsDownAndRecoverByItself() {
		Duration timeLimit = ConfiguredTimeouts.referralServiceDirectoryTimeLimit();
		Duration routeTimeout = ConfiguredTimeouts.gatewayRouteTimeout("referral-service");
		assertThat(timeLimit).isLessThan(routeTimeout);
		String sophea = faults.passwordGrant(DemoUser.SOPHEA);
		String dara = faults.passwordGrant(DemoUser.DARA);
		// the platform has just started: its first send may find a peer still warming up
		// on a busy machine
		Response existing = Deadline
			.poll(Duration.ofSeconds(60),
					() -> gateway.post("/api/referrals", sophea,
							FaultCases.sentReferral(FaultCases.caseReference("ORG", 0))),
					answer -> answer.status() == 201);
		assertThat(existing.status()).as(existing.body()).isEqualTo(201);
		String existingPath = "/api/referrals/" + existing.json().get("id").asString();
		long outgoingBefore = total(gateway.get("/api/referrals?box=outgoing&size=1", sophea));

		faults.platform().killPart(Parts.ORGANISATION_SERVICE);
		try {
			List<Long> sendMillis = new ArrayList<>();
			for (int attempt = 1; attempt <= 8; attempt++) {
				Instant start = Instant.now();
				Response refused = gateway.post("/api/referrals", sophea,
						FaultCases.sentReferral(FaultCases.caseReference("ORG", attempt)));
				sendMillis.add(Deadline.millisSince(start));
				assertProblem(refused, 503, "directory-unavailable");
			}
			System.out.printf("[faults] organisation-service killed: sends answered 503 in %s ms%n", sendMillis);
			assertThat(sendMillis).allSatisfy(millis -> assertThat(millis).isLessThan(timeLimit.toMillis()));
			assertThat(directoryCircuit()).as("referral-service's circuit to organisation-service").isEqualTo("open");
			assertThat(sendMillis.subList(5, 8)).as("with the circuit open nothing is even tried")
				.allSatisfy(millis -> assertThat(millis).isLessThan(timeLimit.toMillis() / 10));
			assertThat(total(gateway.get("/api/referrals?box=outgoing&size=1", sophea))).as("nothing half-sent")
				.isEqualTo(outgoingBefore);

			Response directory = gateway.get("/api/organisations", sophea);
			assertProblem(directory, 503, "service-unavailable");
			assertThat(directory.header("Retry-After")).isNotBlank();

			assertThat(gateway.get(existingPath, sophea).status()).isEqualTo(200);
			assertThat(status(gateway.post(existingPath + "/accept", dara, ""))).isEqualTo("ACCEPTED");
			assertThat(gateway
				.post(existingPath + "/notes", dara,
						"{\"text\": \"" + ChildTexts.remember("First session booked while the directory was down.")
								+ "\"}")
				.status()).isEqualTo(200);
		}
		finally {
			faults.platform().startPart(Parts.ORGANISATION_SERVICE);
		}
		Instant back = Instant.now();
		Response sent = Deadline.poll(Duration.ofSeconds(60),
				() -> gateway.post("/api/referrals", sophea,
						FaultCases.sentReferral(FaultCases.caseReference("ORG", 99))),
				answer -> answer.status() == 201);
		long recovery = Deadline.millisSince(back);
		System.out.printf("[faults] organisation-service back: first send accepted %d ms after it was ready%n",
				recovery);
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		for (int trial = 100; trial < 102; trial++) {
			assertThat(gateway
				.post("/api/referrals", sophea, FaultCases.sentReferral(FaultCases.caseReference("ORG", trial)))
				.status()).isEqualTo(201);
		}
		assertThat(directoryCircuit()).as("closed again after its trial calls").isEqualTo("closed");
		assertThat(gateway.get(existingPath, sophea).json().get("timeline").findValuesAsString("type"))
			.containsExactly("CREATED", "SEND", "ACCEPT", "NOTE");
	}

	/**
	 * referral-service killed while young people referred to tdh-nl are in training: the
	 * centre still enrols them and records their outcomes; the news waits in
	 * vocational-service's outbox and, once referral-service is back, reaches each
	 * referral's timeline exactly once, enrolment before outcome.
	 */
	@Test
	@Order(2)
	void shouldKeepPlacementNewsInTheOutboxWhileReferralServiceIsDownAndDeliverItOnce() throws Exception {
		String sophea = faults.passwordGrant(DemoUser.SOPHEA);
		String dara = faults.passwordGrant(DemoUser.DARA);
		String vanna = faults.passwordGrant(DemoUser.VANNA);
		Placements placements = new Placements(gateway, vanna, dara);
		String opening = placements.openingWithSeats(3);
		List<String> referrals = new ArrayList<>();
		List<String> placed = new ArrayList<>();
		for (int number = 1; number <= 3; number++) {
			Response sent = gateway.post("/api/referrals", sophea,
					FaultCases.sentReferral(FaultCases.caseReference("OUTBOX", number)));
			assertThat(sent.status()).as(sent.body()).isEqualTo(201);
			String referral = sent.json().get("id").asString();
			assertThat(status(gateway.post("/api/referrals/" + referral + "/accept", dara, ""))).isEqualTo("ACCEPTED");
			referrals.add(referral);
			placed.add(placements.requestAndOffer(opening, referral, FaultCases.caseReference("OUTBOX-P", number)));
		}

		faults.platform().killPart(Parts.REFERRAL_SERVICE);
		Instant killed = Instant.now();
		try {
			for (String placement : placed) {
				assertThat(placements.act(placement, "enrol", "")).isEqualTo("ENROLLED");
				assertThat(placements.act(placement, "complete", "{\"code\": \"EMPLOYED\"}")).isEqualTo("COMPLETED");
			}
			assertProblem(gateway.get("/api/referrals/" + referrals.getFirst(), sophea), 503, "service-unavailable");
		}
		finally {
			faults.platform().startPart(Parts.REFERRAL_SERVICE);
		}
		System.out.printf("[faults] referral-service killed and back in %d ms; 6 placement events waited%n",
				Deadline.millisSince(killed));
		Instant back = Instant.now();
		for (String referral : referrals) {
			Response read = Deadline.poll(Duration.ofSeconds(120),
					() -> gateway.get("/api/referrals/" + referral, sophea),
					answer -> answer.status() == 200 && placementEvents(answer).size() >= 2);
			assertThat(read.status()).as(read.body()).isEqualTo(200);
			assertThat(placementEvents(read)).as("each event once, in order")
				.containsExactly("PLACEMENT_ENROLLED", "PLACEMENT_COMPLETED");
		}
		System.out.printf("[faults] all 6 outbox events on the timelines %d ms after referral-service was ready%n",
				Deadline.millisSince(back));
		assertThat(faults.logLines(Parts.VOCATIONAL_SERVICE, "not delivered"))
			.as("the outbox tried while referral-service was down, and kept the events")
			.anySatisfy(line -> assertThat(referrals).anySatisfy(referral -> assertThat(line).contains(referral)));
		Response later = Deadline.poll(Duration.ofSeconds(6),
				() -> gateway.get("/api/referrals/" + referrals.getLast(), sophea),
				answer -> placementEvents(answer).size() > 2);
		assertThat(placementEvents(later)).as("no late duplicate either").hasSize(2);
		placements.close(opening);
	}

	private static List<String> placementEvents(Response referral) {
		return referral.json()
			.get("timeline")
			.findValuesAsString("type")
			.stream()
			.filter(type -> type.startsWith("PLACEMENT_"))
			.toList();
	}

	/**
	 * Keycloak stopped: tokens issued before keep working on every service through the
	 * gateway (each has the realm's keys cached); a new login is refused at once, and a
	 * browser whose sign-in was under way gets a clear answer from the gateway within
	 * seconds. A service restarted meanwhile has no keys and says so with a 503. Once
	 * Keycloak is back, people sign in again and that service checks tokens again.
	 */
	@Test
	@Order(3)
	void shouldKeepIssuedTokensWorkingWhileKeycloakIsDownAndRefuseNewLoginsClearly() {
		String sophea = faults.passwordGrant(DemoUser.SOPHEA);
		String vanna = faults.passwordGrant(DemoUser.VANNA);
		List<String> everyService = List.of("/api/me", "/api/organisations?size=1",
				"/api/referrals?box=outgoing&size=1", "/api/openings?size=1");
		everyService.forEach(path -> assertThat(gateway.get(path, sophea).status()).as(path).isEqualTo(200));
		assertThat(gateway.get("/api/placements?box=incoming&size=1", vanna).status()).isEqualTo(200);
		String base = faults.platform().urls().gateway();
		Browser midLogin = new Browser();
		Browser.Page callback = KeycloakLogin.signInUpToTheCallback(midLogin, base, DemoUser.DARA);

		Instant stopping = Instant.now();
		faults.platform().stopPart(Parts.KEYCLOAK);
		System.out.printf("[faults] Keycloak stopped in %d ms%n", Deadline.millisSince(stopping));
		try {
			everyService.forEach(path -> assertThat(gateway.get(path, sophea).status()).as(path).isEqualTo(200));
			assertThat(gateway.get("/api/placements?box=incoming&size=1", vanna).status()).isEqualTo(200);
			Response draft = gateway.post("/api/referrals", sophea,
					FaultCases.draft("tdh-nl", FaultCases.caseReference("KC", 1)));
			assertThat(draft.status()).as(draft.body()).isEqualTo(201);

			Instant asking = Instant.now();
			assertThat(KeycloakLogin.passwordGrantFails(faults, DemoUser.DARA)).isTrue();
			long refusedIn = Deadline.millisSince(asking);

			Browser fresh = new Browser();
			Instant opening = Instant.now();
			Browser.Page toKeycloak = fresh.get(base + "/oauth2/authorization/keycloak");
			assertThat(toKeycloak.status()).as("the gateway only redirects; it does not wait for Keycloak")
				.isEqualTo(302);
			assertThat(KeycloakLogin.unreachable(fresh, toKeycloak))
				.as("the browser is refused at once, not left waiting")
				.isTrue();
			long freshRefusedIn = Deadline.millisSince(opening);
			System.out.printf("[faults] Keycloak down: a new browser sign-in was redirected and refused in %d ms%n",
					freshRefusedIn);
			assertThat(freshRefusedIn).isLessThan(2_000);

			Instant returning = Instant.now();
			Browser.Page answer = midLogin.follow(midLogin.get(callback.uri().resolve(callback.location()).toString()));
			long answeredIn = Deadline.millisSince(returning);
			System.out.printf("[faults] Keycloak down: password grant refused in %d ms, sign-in callback answered %d "
					+ "in %d ms%n", refusedIn, answer.status(), answeredIn);
			assertThat(refusedIn).isLessThan(2_000);
			assertThat(answeredIn).isLessThan(5_000);
			KeycloakLogin.assertClearlyUnavailable(answer);

			faults.platform().killPart(Parts.VOCATIONAL_SERVICE);
			faults.platform().startPart(Parts.VOCATIONAL_SERVICE);
			Response withoutKeys = gateway.get("/api/openings?size=1", sophea);
			assertProblem(withoutKeys, 503, "token-check-unavailable");
			assertThat(withoutKeys.header("Retry-After")).as("a service restarted meanwhile has no keys yet")
				.isNotBlank();
		}
		finally {
			Instant starting = Instant.now();
			faults.platform().startPart(Parts.KEYCLOAK);
			System.out.printf("[faults] Keycloak back in %d ms%n", Deadline.millisSince(starting));
		}
		assertThat(gateway.get("/api/me", faults.passwordGrant(DemoUser.DARA)).status()).isEqualTo(200);
		assertThat(gateway.get("/api/openings?size=1", sophea).status()).as("keys fetched now, no restart")
			.isEqualTo(200);
		Browser again = new Browser();
		Browser.Page home = again.follow(KeycloakLogin.signInUpToTheCallback(again, base, DemoUser.DARA));
		assertThat(home.uri().toString()).isEqualTo(base + "/");
		assertThat(home.body()).contains("dara.tdh");
	}

	/**
	 * The database stopped and started again while coordinators create drafts and read
	 * their lists: what fails, fails as a 503 Problem Details; what was answered 2xx is
	 * whole; a create sent again with the same Idempotency-Key makes exactly one
	 * referral; the services reconnect by themselves; and the referrals made before the
	 * restart are still there.
	 */
	@Test
	@Order(4)
	void shouldFailCleanlyWhileTheDatabaseRestartsAndLoseOrDoubleNothing() throws Exception {
		String sophea = faults.passwordGrant(DemoUser.SOPHEA);
		List<DraftLoad.Client> coordinators = List.of(new DraftLoad.Client("sophea", sophea, "tdh-nl"),
				new DraftLoad.Client("dara", faults.passwordGrant(DemoUser.DARA), "aple"),
				new DraftLoad.Client("rithy", faults.passwordGrant(DemoUser.RITHY), "tdh-nl"));
		Response kept = gateway.post("/api/referrals", sophea,
				FaultCases.sentReferral(FaultCases.caseReference("DB", 0)));
		assertThat(kept.status()).as(kept.body()).isEqualTo(201);
		String keptPath = "/api/referrals/" + kept.json().get("id").asString();
		List<Long> draftsBefore = coordinators.stream().map(client -> drafts(client.token())).toList();

		DraftLoad load = new DraftLoad(gateway, coordinators);
		long restartedIn;
		long recoveredIn;
		try (load) {
			assertThat(Deadline.poll(Duration.ofSeconds(30),
					() -> coordinators.stream().allMatch(c -> load.created(c) >= 2), all -> all))
				.as("the load is running")
				.isTrue();
			Instant stopping = Instant.now();
			faults.platform().stopPart(Parts.DATABASE);
			Deadline.poll(Duration.ofSeconds(20), load::failures, failures -> failures >= coordinators.size());
			faults.platform().startPart(Parts.DATABASE);
			restartedIn = Deadline.millisSince(stopping);
			Instant ready = Instant.now();
			List<Long> createdAtRestart = coordinators.stream().map(load::created).toList();
			boolean recovered = Deadline
				.poll(Duration.ofSeconds(60),
						() -> coordinators.stream()
							.allMatch(c -> load.created(c) > createdAtRestart.get(coordinators.indexOf(c))),
						all -> all);
			recoveredIn = Deadline.millisSince(ready);
			assertThat(recovered).as("every client creates again, with no restart of any service").isTrue();
		}
		List<DraftLoad.Answer> failed = load.failed();
		System.out.printf(
				"[faults] database down and up again in %d ms (kept down until %d requests had failed); every "
						+ "client created again %d ms after it was ready; %d requests, %d failed: %s%n",
				restartedIn, coordinators.size(), recoveredIn, load.answers().size(), failed.size(),
				DraftLoad.countByKind(failed));
		assertThat(failed).as("the restart was noticed").isNotEmpty();
		assertThat(failed).allSatisfy(answer -> {
			assertThat(answer.status()).as("an answer came, and it is a 503").isEqualTo(503);
			assertThat(DraftLoad.problemType(answer.response())).isIn(CLEAN_503S);
			assertProblem(answer.response(), 503, DraftLoad.problemType(answer.response()));
		});

		List<DraftLoad.Create> creates = load.creates();
		Set<String> ids = new HashSet<>();
		for (DraftLoad.Create create : creates) {
			Response again = load.sendAgain(create);
			assertThat(again.status()).as(again.body()).isEqualTo(201);
			String id = again.json().get("id").asString();
			if (create.answer().status() == 201) {
				assertThat(id).as("the same key gives the referral it made")
					.isEqualTo(create.answer().json().get("id").asString());
				assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
			}
			JsonNode read = load.read(create, id);
			assertThat(read.get("caseReference").asString()).isEqualTo(create.caseReference());
			assertThat(read.get("summary").asString()).isEqualTo(FaultCases.summary(create.caseReference()));
			assertThat(read.get("consent").get("givenBy").asString()).isEqualTo("CAREGIVER");
			assertThat(read.get("timeline").findValuesAsString("type")).containsExactly("CREATED");
			ids.add(id);
		}
		assertThat(ids).as("one referral per key").hasSize(creates.size());
		long made = 0;
		for (int client = 0; client < coordinators.size(); client++) {
			made += drafts(coordinators.get(client).token()) - draftsBefore.get(client);
		}
		assertThat(made).as("and no other: nothing half-written, nothing twice").isEqualTo(creates.size());
		System.out.printf(
				"[faults] %d drafts created under load, each exactly once, %d of them after their create "
						+ "failed and was sent again with its key%n",
				creates.size(), creates.stream().filter(create -> create.answer().status() != 201).count());
		assertThat(gateway.get(keptPath, sophea).json().get("timeline").findValuesAsString("type"))
			.as("made before the restart, kept by the database")
			.containsExactly("CREATED", "SEND");
	}

	/**
	 * notification-service killed with e-mails waiting: the SMTP server is away while
	 * tdh-nl asks kandal-vtc for three seats and the centre offers them, so the six
	 * e-mails (three to vanna.kvtc, three to dara.tdh) wait in {@code outgoing_mail}
	 * after a failed attempt; notification-service is then killed, a fourth seat request
	 * is made while it is down (its event waits in vocational-service's outbox), the SMTP
	 * server comes back and notification-service is started again. Each of the seven
	 * e-mails arrives exactly once, and each person's inbox holds each notification once.
	 */
	@Test
	@Order(5)
	void shouldLoseAndRepeatNoNotificationWhenNotificationServiceIsKilledWithEmailsWaiting() {
		String dara = faults.passwordGrant(DemoUser.DARA);
		String vanna = faults.passwordGrant(DemoUser.VANNA);
		Placements placements = new Placements(gateway, vanna, dara);
		String opening = placements.openingWithSeats(4);
		List<String> offered = new ArrayList<>();
		String duringOutage;
		Instant started = Instant.now();
		faults.platform().stopPart(Parts.MAIL);
		try {
			for (int number = 1; number <= 3; number++) {
				offered.add(placements.requestAndOffer(opening, null, FaultCases.caseReference("MAIL", number)));
			}
			for (String placement : offered) {
				assertThat(awaitInbox(vanna, "SEAT_REQUEST_RECEIVED", placement)).isEqualTo(1);
				assertThat(awaitInbox(dara, "SEAT_REQUEST_OFFERED", placement)).isEqualTo(1);
			}
			String[] links = offered.stream()
				.map(placement -> "/training/placements/" + placement)
				.toArray(String[]::new);
			long tried = Deadline.poll(Duration.ofSeconds(30), () -> faults.count("notification",
					"select count(*) from outgoing_mail where state = 'PENDING' and attempts >= 1 and link in (?, ?, ?)",
					links), count -> count == 6);
			assertThat(tried).as("six e-mails waiting after a failed attempt, the SMTP server being away").isEqualTo(6);

			faults.platform().killPart(Parts.NOTIFICATION_SERVICE);
			long notDeliveredBefore = notDeliveredToNotifications();
			duringOutage = placements.request(opening, null, FaultCases.caseReference("MAIL", 4));
			assertThat(Deadline.poll(Duration.ofSeconds(30), FaultsEndToEndTest::notDeliveredToNotifications,
					count -> count > notDeliveredBefore))
				.as("vocational-service's outbox tried notification-service while it was down, and kept the event")
				.isGreaterThan(notDeliveredBefore);
		}
		finally {
			faults.platform().startPart(Parts.MAIL);
			faults.platform().startPart(Parts.NOTIFICATION_SERVICE);
		}
		Instant back = Instant.now();
		List<Expected> expected = new ArrayList<>();
		offered.forEach(placement -> expected.add(new Expected("vanna.kvtc@example.org", placement)));
		offered.forEach(placement -> expected.add(new Expected("dara.tdh@example.org", placement)));
		expected.add(new Expected("vanna.kvtc@example.org", duringOutage));
		Deadline.poll(Duration.ofSeconds(90), () -> expected.stream().allMatch(mail -> received(mail) > 0), all -> all);
		System.out.printf(
				"[faults] notification-service killed with 6 e-mails waiting and 1 event on its way: all 7 e-mails "
						+ "arrived %d ms after it was back (%d ms since the SMTP server stopped)%n",
				Deadline.millisSince(back), Deadline.millisSince(started));
		// one more round of the sender and of the outbox: a late duplicate would show
		Deadline.poll(Duration.ofSeconds(8), () -> expected.stream().anyMatch(mail -> received(mail) > 1), any -> any);
		assertThat(expected).as("each e-mail exactly once, by recipient and by the placement in its link")
			.allSatisfy(mail -> assertThat(received(mail)).as(mail.toString()).isEqualTo(1));
		assertThat(faults.platform()
			.mails()
			.stream()
			.filter(mail -> mail.to().contains("vanna.kvtc@example.org") || mail.to().contains("dara.tdh@example.org"))
			.filter(mail -> expected.stream()
				.anyMatch(wanted -> mail.text().contains("/training/placements/" + wanted.placement())))
			.count()).as("and no other about these seat requests").isEqualTo(7);
		for (String placement : offered) {
			assertThat(awaitInbox(vanna, "SEAT_REQUEST_RECEIVED", placement)).isEqualTo(1);
			assertThat(awaitInbox(dara, "SEAT_REQUEST_OFFERED", placement)).isEqualTo(1);
		}
		assertThat(awaitInbox(vanna, "SEAT_REQUEST_RECEIVED", duringOutage))
			.as("the event sent while notification-service was down, once")
			.isEqualTo(1);
		assertThat(faults.count("notification",
				"select count(*) from outgoing_mail where state = 'SENT' and link in (?, ?, ?, ?)",
				Stream.concat(offered.stream(), Stream.of(duringOutage))
					.map(placement -> "/training/placements/" + placement)
					.toArray(String[]::new)))
			.as("every e-mail of these seat requests sent, none left or failed")
			.isEqualTo(7);
		placements.close(opening);
	}

	/** An e-mail that must arrive: to this address, about this seat request. */
	private record Expected(String address, String placement) {
	}

	/** How many e-mails to this address about this seat request the SMTP server holds. */
	private static long received(Expected wanted) {
		return faults.platform()
			.mails()
			.stream()
			.filter(mail -> mail.to().contains(wanted.address())
					&& mail.text().contains("/training/placements/" + wanted.placement()))
			.count();
	}

	/**
	 * How many notifications of this kind about this seat request the person's inbox
	 * holds, once there is one (or 0 after a minute).
	 */
	private static long awaitInbox(String token, String kind, String placement) {
		return Deadline.poll(Duration.ofSeconds(60), () -> {
			Response inbox = gateway.get("/api/notifications?size=100", token);
			assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
			long count = 0;
			for (JsonNode item : inbox.json().get("items")) {
				if (item.get("kind").asString().equals(kind)
						&& item.get("link").asString().equals("/training/placements/" + placement)) {
					count++;
				}
			}
			return count;
		}, count -> count > 0);
	}

	private static long notDeliveredToNotifications() {
		try {
			return faults.logLines(Parts.VOCATIONAL_SERVICE, "for notification-service not delivered").size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long drafts(String token) {
		return total(gateway.get("/api/referrals?box=outgoing&status=DRAFT&size=1", token));
	}

	private static String directoryCircuit() {
		return faults.circuit(Parts.REFERRAL_SERVICE, "organisation-service");
	}

	static long total(Response page) {
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.json().get("totalItems").asLong();
	}

	static String status(Response answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("status").asString();
	}

}
