package org.partnernetwork.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnernetwork.testsupport.HostileRequests.Probe;
import org.partnernetwork.testsupport.RawHttp.Answer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/**
 * What every service promises whatever a client sends: the hostile requests
 * {@link HostileRequests} generates from the service's own OpenAPI document (every
 * operation, parameter and body field) are each answered with a 4xx Problem Details —
 * never a 5xx, never another kind of body; a value of the wrong shape is a 400 naming its
 * field, never taken as something else; and no value sent is written to the log. The
 * caller holds every role, so what is checked is the reading of the request, not who may
 * send it.
 */
@ExtendWith(OutputCaptureExtension.class)
public interface HostileInputContract {

	/** A client of the running service. */
	HttpApi api();

	@Test
	default void shouldAnswerEveryHostileRequestWithAClientErrorNamingTheField(CapturedOutput output) {
		String marker = "PRB" + Long.toString(System.nanoTime(), 36) + "x";
		JsonNode openApi = api().get("/v3/api-docs", null).json();
		List<Probe> probes = HostileRequests.forDocument(openApi, marker, 20261207);
		String token = TestIssuer.shared()
			.token()
			.username("probe.every-role")
			.organisations("aple")
			.roles("coordinator", "supervisor", "org-admin", "centre-staff", "network-admin", "service")
			.build();
		RawHttp http = new RawHttp(api().baseUrl());
		List<String> failures = new ArrayList<>();
		Map<String, Integer> byKind = new TreeMap<>();

		for (Probe probe : probes) {
			Map<String, String> headers = new LinkedHashMap<>(probe.headers());
			headers.putIfAbsent("Authorization", "Bearer " + token);
			Answer answer = http.send(probe.method(), probe.target(), headers, probe.bodyBytes());
			byKind.merge(probe.kind(), 1, Integer::sum);
			HostileAnswers.check(probe, answer).ifPresent(failure -> failures.add(probe + " → " + failure));
		}

		System.out.println("Hostile requests by kind: " + byKind + ", " + probes.size() + " in all");
		assertThat(failures)
			.as("%d hostile requests answered wrongly, the first of them:%n%s", failures.size(),
					String.join("\n", failures.subList(0, Math.min(25, failures.size()))))
			.isEmpty();
		assertThat(output.getAll()).as("a value a client sent, written to the log").doesNotContain(marker);
	}

}
