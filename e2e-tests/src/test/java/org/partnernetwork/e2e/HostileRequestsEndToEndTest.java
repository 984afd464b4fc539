package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.partnernetwork.launcher.PlatformUrls;
import org.partnernetwork.testsupport.HostileAnswers;
import org.partnernetwork.testsupport.HostileRequests;
import org.partnernetwork.testsupport.HostileRequests.Probe;
import org.partnernetwork.testsupport.HttpApi;
import org.partnernetwork.testsupport.RawHttp;
import org.partnernetwork.testsupport.RawHttp.Answer;

import tools.jackson.databind.JsonNode;

/**
 * The outside probe, as part of the suite: every hostile request {@link HostileRequests}
 * generates from the three services' OpenAPI documents — undecodable query bytes on every
 * parameter, values of the wrong shape in every body field (a number for a choice, a
 * choice with a space, a fraction for a whole number, a year 999999999), unusable content
 * types on every write, odd paths, methods and headers — sent to each service directly
 * and through the gateway, with real tokens signed by a key the realm trusts. Not one is
 * answered with a 5xx or with anything but Problem Details; every value of the wrong
 * shape is a 400 naming its field; no value sent reaches a log.
 */
class HostileRequestsEndToEndTest {

	/**
	 * Each made-up caller sends this many requests: well within the gateway's burst for
	 * one user.
	 */
	private static final int REQUESTS_PER_CALLER = 30;

	@Test
	void shouldAnswerEveryHostileRequestWithAClientErrorAndLogNoneOfItsValues() {
		PlatformUrls urls = RunningPlatform.urls();
		String marker = ChildTexts.remember("PRB" + Long.toString(System.nanoTime(), 36) + "x");
		Map<String, String> services = Map.of("organisation-service", urls.organisationService(), "referral-service",
				urls.referralService(), "vocational-service", urls.vocationalService());
		List<String> failures = new ArrayList<>();
		Map<String, Integer> sent = new TreeMap<>();
		Callers callers = new Callers();
		RawHttp gateway = new RawHttp(urls.gateway());

		for (var service : services.entrySet()) {
			JsonNode openApi = new HttpApi(service.getValue()).get("/v3/api-docs", null).json();
			RawHttp direct = new RawHttp(service.getValue());
			for (Probe probe : HostileRequests.forDocument(openApi, marker, service.getKey().hashCode())) {
				send(direct, probe, callers.next(), service.getKey(), failures, sent);
				if (!probe.target().startsWith("/internal/")) {
					send(gateway, probe, callers.next(), "gateway", failures, sent);
				}
			}
		}

		System.out.println("Hostile requests sent, by target and kind: " + sent);
		assertThat(sent.values().stream().mapToInt(Integer::intValue).sum()).as("requests sent").isGreaterThan(4000);
		assertThat(failures)
			.as("%d hostile requests answered wrongly, the first of them:%n%s", failures.size(),
					String.join("\n", failures.subList(0, Math.min(30, failures.size()))))
			.isEmpty();
		assertThat(PlatformLogs.linesContaining(marker)).as("lines of the platform's logs with a value a client sent")
			.isEmpty();
	}

	private static void send(RawHttp target, Probe probe, String token, String name, List<String> failures,
			Map<String, Integer> sent) {
		Map<String, String> headers = new LinkedHashMap<>(probe.headers());
		headers.putIfAbsent("Authorization", "Bearer " + token);
		Answer answer = target.send(probe.method(), probe.target(), headers, probe.bodyBytes());
		sent.merge(name + " " + probe.kind(), 1, Integer::sum);
		HostileAnswers.check(probe, answer).ifPresent(failure -> failures.add(name + ": " + probe + " → " + failure));
	}

	/**
	 * Made-up users who hold every role in APLE (and the services' own, for
	 * {@code /internal/**}), signed with the suite's trusted key: a new one every
	 * {@value #REQUESTS_PER_CALLER} requests, so the gateway's limit per user never
	 * answers instead.
	 */
	private static final class Callers {

		private int used = REQUESTS_PER_CALLER;

		private String token;

		String next() {
			if (used++ >= REQUESTS_PER_CALLER) {
				token = TrustedKey.get()
					.persona("e2e-prober-" + UUID.randomUUID(), "aple", "coordinator", "supervisor", "org-admin",
							"centre-staff", "network-admin", "service");
				used = 1;
			}
			return token;
		}

	}

}
