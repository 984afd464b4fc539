package org.partnernetwork.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The load test as a Gatling simulation, from {@link LoadPlan#current()}. It runs one
 * phase at a time: first a warm-up of every request kind on both routes, then the
 * measured rounds, in which each kind runs through the gateway and directly, alternating
 * which goes first. In each phase a fixed number of virtual users send requests back to
 * back over kept-alive connections (a closed model: the next request goes when the last
 * one answered).
 */
public final class PlatformLoadSimulation extends Simulation {

	private static final String STATUS = "status";

	private static final String MILLIS = "millis";

	private static final String PATH = "path";

	public PlatformLoadSimulation() {
		LoadPlan plan = LoadPlan.current();
		List<PopulationBuilder> phases = new ArrayList<>();
		for (LoadKind kind : LoadKind.values()) {
			for (String route : plan.routeOrder(0)) {
				phases.add(phase(plan, kind, route, "warm-up", plan.warmup(), false));
			}
		}
		for (int round = 0; round < plan.rounds(); round++) {
			for (LoadKind kind : LoadKind.values()) {
				for (String route : plan.routeOrder(round)) {
					phases.add(phase(plan, kind, route, "round " + (round + 1), plan.phase(), true));
				}
			}
		}
		PopulationBuilder oneAfterAnother = phases.getLast();
		for (int i = phases.size() - 2; i >= 0; i--) {
			oneAfterAnother = phases.get(i).andThen(oneAfterAnother);
		}
		setUp(oneAfterAnother).protocols(http.disableWarmUp().acceptHeader("application/json"));
	}

	private static PopulationBuilder phase(LoadPlan plan, LoadKind kind, String route, String label, Duration length,
			boolean measured) {
		String name = kind.title() + " / " + route + " / " + label;
		LoadRecorder.Key key = new LoadRecorder.Key(kind.title(), route);
		ChainBuilder once = exec(session -> session.remove(STATUS).remove(MILLIS))
			.exec(request(plan, kind, plan.baseUrls().get(kind).get(route), kind.title() + " / " + route))
			.exec(session -> {
				plan.recorder().sent(route);
				if (measured) {
					plan.recorder()
						.record(name, key, intOr(session, MILLIS, -1), intOr(session, STATUS, 0),
								kind.expectedStatus());
				}
				return session;
			});
		List<String> paths = switch (kind) {
			case DIRECTORY_SEARCH -> plan.directoryPaths();
			case OPENING_SEARCH -> plan.openingPaths();
			case REFERRAL_CREATE -> List.of();
		};
		ChainBuilder step = paths.isEmpty() ? once
				: feed(listFeeder(paths.stream().map(path -> Map.<String, Object>of(PATH, path)).toList()).circular())
					.exec(once);
		return scenario(name).exec(during(length).on(step)).injectOpen(atOnceUsers(plan.users()));
	}

	private static HttpRequestActionBuilder request(LoadPlan plan, LoadKind kind, String baseUrl, String name) {
		HttpRequestActionBuilder request = switch (kind) {
			case DIRECTORY_SEARCH, OPENING_SEARCH -> http(name).get(session -> baseUrl + session.getString(PATH));
			case REFERRAL_CREATE -> http(name).post(baseUrl + "/api/referrals")
				.header("Idempotency-Key", session -> UUID.randomUUID().toString())
				.body(StringBody(session -> plan.referralBody().get()))
				.asJson();
		};
		return request.header("Authorization", session -> "Bearer " + plan.token().get())
			.check(responseTimeInMillis().saveAs(MILLIS), status().saveAs(STATUS), status().is(kind.expectedStatus()));
	}

	private static int intOr(Session session, String key, int otherwise) {
		return session.contains(key) ? session.getInt(key) : otherwise;
	}

}
