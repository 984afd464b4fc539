package org.partnernetwork.e2e;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.HttpApi.Response;

import tools.jackson.databind.JsonNode;

/**
 * Coordinators at work while something fails: each creates referral drafts, every one
 * under an {@code Idempotency-Key} of its own, and reads its outgoing list, 150 ms apart
 * (well within the gateway's per-user rate limit). Every answer is kept, and so is every
 * create's key and body, so that a create that failed can be sent again the way a client
 * would.
 */
final class DraftLoad implements AutoCloseable {

	/** One coordinator: a token and the organisation its drafts go to. */
	record Client(String name, String token, String receiver) {
	}

	/**
	 * A create as it was sent, and what came back; {@code answer} is null if the
	 * connection failed.
	 */
	record Create(Client client, String key, String caseReference, String body, Response answer) {
	}

	/** Any request's answer; {@code status} 0 when no answer came. */
	record Answer(String request, int status, Response response) {
	}

	private final HttpApi gateway;

	private final ScheduledExecutorService clients;

	private final ConcurrentLinkedQueue<Create> creates = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

	private final AtomicInteger number = new AtomicInteger();

	DraftLoad(HttpApi gateway, List<Client> coordinators) {
		this.gateway = gateway;
		this.clients = Executors.newScheduledThreadPool(coordinators.size());
		coordinators
			.forEach(client -> clients.scheduleWithFixedDelay(() -> work(client), 0, 150, TimeUnit.MILLISECONDS));
	}

	private void work(Client client) {
		String caseReference = FaultCases.caseReference("DB", number.incrementAndGet());
		String key = UUID.randomUUID().toString();
		String body = FaultCases.draft(client.receiver(), caseReference);
		Response created = send("create", () -> create(client, key, body));
		creates.add(new Create(client, key, caseReference, body, created));
		send("list", () -> gateway.get("/api/referrals?box=outgoing&size=20", client.token()));
	}

	/**
	 * The same create again, with the same key and body, as a client retries after a
	 * failure.
	 */
	Response sendAgain(Create create) {
		return withinRateLimit(() -> create(create.client(), create.key(), create.body()));
	}

	/** The referral as its sender reads it; fails the test unless it answers 200. */
	JsonNode read(Create create, String id) {
		Response read = withinRateLimit(() -> gateway.get("/api/referrals/" + id, create.client().token()));
		if (read.status() != 200) {
			throw new AssertionError("Referral " + id + " answered " + read.status() + ": " + read.body());
		}
		return read.json();
	}

	/**
	 * Checking every create afterwards is a burst per user; a 429 is waited out, as a
	 * client would.
	 */
	private static Response withinRateLimit(Supplier<Response> call) {
		return Deadline.poll(Duration.ofSeconds(10), call, response -> response.status() != 429);
	}

	private Response create(Client client, String key, String body) {
		return gateway.send(gateway.request("/api/referrals", client.token())
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private Response send(String request, Supplier<Response> call) {
		try {
			Response response = call.get();
			answers.add(new Answer(request, response.status(), response));
			return response;
		}
		catch (UncheckedIOException noAnswer) {
			answers.add(new Answer(request, 0, null));
			return null;
		}
	}

	List<Create> creates() {
		return List.copyOf(creates);
	}

	List<Answer> answers() {
		return List.copyOf(answers);
	}

	/** Requests answered with anything but 2xx so far, or not answered. */
	long failures() {
		return failed().size();
	}

	List<Answer> failed() {
		return answers.stream().filter(answer -> answer.status() / 100 != 2).toList();
	}

	/**
	 * E.g. {@code {create 503 database-unavailable=3, list 503 database-unavailable=2}}.
	 */
	static Map<String, Long> countByKind(List<Answer> answers) {
		return answers.stream()
			.collect(Collectors.groupingBy(
					answer -> answer.request() + " " + answer.status() + " " + problemType(answer.response()),
					TreeMap::new, Collectors.counting()));
	}

	/**
	 * The code of a Problem Details answer ({@code database-unavailable}), or
	 * {@code none}.
	 */
	static String problemType(Response response) {
		if (response == null || response.contentType() == null
				|| !response.contentType().startsWith("application/problem+json")) {
			return "none";
		}
		return response.json().get("type").asString().replace("urn:partner-network:problem:", "");
	}

	/** Creates of this client answered 201 so far. */
	long created(Client client) {
		return creates.stream()
			.filter(create -> create.client() == client && create.answer() != null && create.answer().status() == 201)
			.count();
	}

	@Override
	public void close() throws InterruptedException {
		clients.shutdown();
		clients.awaitTermination(30, TimeUnit.SECONDS);
	}

}
