package org.partnernetwork.e2e;

import static org.partnernetwork.e2e.Callers.ADMIN;
import static org.partnernetwork.e2e.Callers.DARA;
import static org.partnernetwork.e2e.Callers.OTHER_CENTRE;
import static org.partnernetwork.e2e.Callers.RITHY;
import static org.partnernetwork.e2e.Callers.SOKHA;
import static org.partnernetwork.e2e.Callers.SOPHEA;
import static org.partnernetwork.e2e.Callers.TDH_ADMIN;
import static org.partnernetwork.e2e.Callers.VANNA;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For every operation with a path parameter: real resources to aim it at, who is entitled
 * to use it on each, and a body valid enough that a refusal can only be about access.
 * Everyone else must be refused exactly as for a resource that does not exist. An
 * operation missing here fails the access test by name.
 */
final class AccessFixtures {

	/**
	 * Entitled: every caller. The directory, its HSDS view and the openings are readable
	 * by all, on purpose.
	 */
	static final Set<String> EVERYONE = Set.of("*");

	private static final Set<String> APLE = Set.of(SOPHEA, SOKHA);

	private static final Set<String> APLE_AND_TDH = Set.of(SOPHEA, SOKHA, DARA, TDH_ADMIN);

	private static final Set<String> TDH_AND_MEKONG = Set.of(DARA, TDH_ADMIN, RITHY, OTHER_CENTRE);

	private static final Set<String> TDH_AND_CENTRE = Set.of(DARA, TDH_ADMIN, VANNA);

	/**
	 * Each action of {@code POST /api/referrals/{id}/{action}} with a body it accepts.
	 */
	private static final Map<String, String> REFERRAL_ACTIONS = actions("send", null, "provide-info",
			"{\"note\": \"The information asked for.\"}", "accept", null, "decline", "{\"code\": \"NO_CAPACITY\"}",
			"request-info", "{\"note\": \"Which school does the child attend?\"}", "start", null, "complete",
			"{\"code\": \"GOALS_MET\"}", "fail", "{\"code\": \"MOVED_AWAY\"}", "cancel",
			"{\"code\": \"SENT_IN_ERROR\"}", "withdraw-consent", null);

	/**
	 * Each action of {@code POST /api/placements/{id}/{action}} with a body it accepts.
	 */
	private static final Map<String, String> PLACEMENT_ACTIONS = actions("offer",
			"{\"holdUntil\": \"" + AccessResources.TODAY.plusDays(7) + "\"}", "decline", "{\"code\": \"COURSE_FULL\"}",
			"enrol", null, "complete", "{\"code\": \"EMPLOYED\"}", "drop-out", "{\"code\": \"FOUND_WORK\"}", "withdraw",
			null);

	/**
	 * A resource: the values of the path's parameters, who may use the operation on it,
	 * and where its state reads.
	 */
	record Subject(String what, Map<String, String> path, Set<String> entitled, String reader, String statePath) {

		boolean entitles(String caller) {
			return entitled.contains("*") || entitled.contains(caller);
		}
	}

	/**
	 * The resources an operation is aimed at and its body (null: none); for an operation
	 * with an {@code {action}}, each action's own body instead.
	 */
	record Fixture(List<Subject> subjects, Map<String, String> actions, String body) {

		Fixture(List<Subject> subjects, String body) {
			this(subjects, Map.of(), body);
		}

		String bodyFor(String action) {
			return action == null ? body : actions.get(action);
		}
	}

	private AccessFixtures() {
	}

	static Map<String, Fixture> of(AccessResources made) {
		Subject tdhEntry = new Subject("tdh-nl's directory entry", Map.of("slug", "tdh-nl"), Set.of(TDH_ADMIN),
				TDH_ADMIN, "/api/organisations/tdh-nl");
		Subject tdhService = new Subject("a service of tdh-nl", Map.of("slug", "tdh-nl", "id", made.tdhService),
				Set.of(TDH_ADMIN), SOPHEA, "/api/services/" + made.tdhService);
		Subject tdhServiceUnderAple = new Subject("a service of tdh-nl, named under aple's slug",
				Map.of("slug", "aple", "id", made.tdhService), Set.of(), SOPHEA, "/api/services/" + made.tdhService);
		Subject tdhLocation = new Subject("a location of tdh-nl", Map.of("slug", "tdh-nl", "id", made.tdhLocation),
				Set.of(TDH_ADMIN), TDH_ADMIN, "/api/organisations/tdh-nl");
		Subject tdhLocationUnderAple = new Subject("a location of tdh-nl, named under aple's slug",
				Map.of("slug", "aple", "id", made.tdhLocation), Set.of(), TDH_ADMIN, "/api/organisations/tdh-nl");
		List<Subject> referrals = List.of(referral("referral aple → tdh-nl", made.apleToTdh, APLE_AND_TDH),
				referral("draft of aple (not yet the receiver's)", made.apleDraft, APLE),
				referral("referral tdh-nl → mekong-youth", made.tdhToMekong, TDH_AND_MEKONG));
		List<Subject> audits = List.of(referral("referral aple → tdh-nl", made.apleToTdh, Set.of(SOKHA, TDH_ADMIN)),
				referral("draft of aple", made.apleDraft, Set.of(SOKHA)),
				referral("referral tdh-nl → mekong-youth", made.tdhToMekong, Set.of(TDH_ADMIN)));
		Subject placement = new Subject("tdh-nl's seat request at kandal-vtc", Map.of("id", made.placement),
				TDH_AND_CENTRE, DARA, "/api/placements/" + made.placement);
		Subject openingRead = new Subject("an opening of kandal-vtc", Map.of("id", made.opening), EVERYONE, SOPHEA,
				"/api/openings/" + made.opening);
		Subject openingWrite = new Subject("an opening of kandal-vtc", Map.of("id", made.opening), Set.of(VANNA),
				SOPHEA, "/api/openings/" + made.opening);

		Map<String, Fixture> fixtures = new HashMap<>();
		fixtures.put("GET /api/organisations/{slug}", new Fixture(List.of(new Subject("tdh-nl's directory entry",
				Map.of("slug", "tdh-nl"), EVERYONE, TDH_ADMIN, "/api/organisations/tdh-nl")), null));
		fixtures.put("PUT /api/organisations/{slug}",
				one(tdhEntry, "{\"name\": {\"en\": \"Taken over\"}, \"version\": 0}"));
		fixtures.put("POST /api/organisations/{slug}/confirm", one(tdhEntry, null));
		fixtures.put("POST /api/organisations/{slug}/services", one(tdhEntry, service("")));
		fixtures.put("POST /api/organisations/{slug}/locations", one(tdhEntry, location("")));
		fixtures.put("PUT /api/organisations/{slug}/services/{id}",
				new Fixture(List.of(tdhService, tdhServiceUnderAple), service(", \"version\": 0")));
		fixtures.put("PUT /api/organisations/{slug}/locations/{id}",
				new Fixture(List.of(tdhLocation, tdhLocationUnderAple), location(", \"version\": 0")));
		Subject tdhEntryForTheNetworkAdmin = new Subject("tdh-nl's directory entry", Map.of("slug", "tdh-nl"),
				Set.of(ADMIN), TDH_ADMIN, "/api/organisations/tdh-nl");
		fixtures.put("POST /api/organisations/{slug}/suspend", one(tdhEntryForTheNetworkAdmin, null));
		fixtures.put("POST /api/organisations/{slug}/reactivate", one(tdhEntryForTheNetworkAdmin, null));
		fixtures.put("GET /api/services/{id}", one(new Subject("a service of tdh-nl", Map.of("id", made.tdhService),
				EVERYONE, SOPHEA, "/api/services/" + made.tdhService), null));
		fixtures.put("GET /api/hsds/organizations/{id}",
				one(new Subject("an organisation in HSDS", Map.of("id", made.hsdsOrganisation), EVERYONE, SOPHEA,
						"/api/hsds/organizations/" + made.hsdsOrganisation), null));
		fixtures.put("GET /api/hsds/services/{id}", one(new Subject("a service in HSDS", Map.of("id", made.hsdsService),
				EVERYONE, SOPHEA, "/api/hsds/services/" + made.hsdsService), null));

		fixtures.put("GET /api/referrals/{id}", new Fixture(referrals, null));
		fixtures.put("GET /api/referrals/{id}/audit", new Fixture(audits, null));
		fixtures.put("POST /api/referrals/{id}/{action}", new Fixture(referrals, REFERRAL_ACTIONS, null));
		fixtures.put("POST /api/referrals/{id}/notes", new Fixture(referrals, "{\"text\": \""
				+ ChildTexts.remember("Access test note from an outsider " + System.nanoTime()) + "\"}"));
		fixtures.put("PUT /api/referrals/{id}/consent", new Fixture(referrals, """
				{"givenBy": "GUARDIAN", "childAssented": true, "recordedAt": "%s"}"""
			.formatted(Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS))));
		fixtures.put("POST /api/referrals/{id}/refer-elsewhere", new Fixture(referrals, """
				{"receiverOrganisation": "kandal-vtc", "serviceType": "vocational-training", "send": false}"""));
		fixtures.put("POST /api/referrals/{id}/lead-request",
				new Fixture(referrals, "{\"code\": \"CHILD_MOVED_TO_OUR_AREA\"}"));
		fixtures.put("POST /api/referrals/{id}/lead-request/accept", new Fixture(referrals, null));
		fixtures.put("POST /api/referrals/{id}/lead-request/refuse",
				new Fixture(referrals, "{\"code\": \"DISCUSS_FIRST\"}"));

		fixtures.put("GET /api/openings/{id}", one(openingRead, null));
		fixtures.put("PUT /api/openings/{id}", one(openingWrite, AccessResources.openingBody(0L)));
		fixtures.put("POST /api/openings/{id}/close", one(openingWrite, null));
		fixtures.put("GET /api/placements/{id}", one(placement, null));
		fixtures.put("POST /api/placements/{id}/{action}", new Fixture(List.of(placement), PLACEMENT_ACTIONS, null));
		return fixtures;
	}

	private static Subject referral(String what, String id, Set<String> entitled) {
		String owner = entitled.contains(SOPHEA) ? SOPHEA : entitled.contains(DARA) ? DARA : entitled.iterator().next();
		return new Subject(what, Map.of("id", id), entitled, owner, "/api/referrals/" + id);
	}

	private static Map<String, String> actions(String... actionsAndBodies) {
		Map<String, String> actions = new LinkedHashMap<>();
		for (int i = 0; i < actionsAndBodies.length; i += 2) {
			actions.put(actionsAndBodies[i], actionsAndBodies[i + 1]);
		}
		return actions;
	}

	private static Fixture one(Subject subject, String body) {
		return new Fixture(List.of(subject), body);
	}

	private static String service(String extra) {
		return """
				{"serviceType": "education-support", "name": {"en": "Taken over"},
				 "eligibility": {"minAge": 0, "maxAge": 17, "sex": "any"}, "languages": ["km"], "provinces": ["KH-8"],
				 "capacityStatus": "full"%s}""".formatted(extra);
	}

	private static String location(String extra) {
		return "{\"name\": {\"en\": \"Taken over\"}, \"province\": \"KH-12\", \"confidential\": false" + extra + "}";
	}

}
