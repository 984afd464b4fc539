package org.partnernetwork.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * For every JSON write: a caller entitled to it, a body it would accept, and where its
 * effect would show. {@link ProtectedFieldsEndToEndTest} adds one field the platform owns
 * to each body.
 */
final class ProtectedFieldWrites {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** An entitled caller's valid write, and where its effect would show. */
	record Write(String caller, String path, String body, String stateReader, String statePath) {
	}

	private ProtectedFieldWrites() {
	}

	static Map<String, Write> of(AccessResources made, PatientGateway gateway) {
		Map<String, Write> writes = new LinkedHashMap<>();
		directory(writes, gateway);
		referrals(writes, made);
		vocational(writes, made, gateway);
		return writes;
	}

	/**
	 * The network admin onboards; tdh-nl's admin keeps its entry, services and locations.
	 */
	private static void directory(Map<String, Write> writes, PatientGateway gateway) {
		String tdh = "/api/organisations/tdh-nl";
		String admin = Callers.TDH_ADMIN;
		JsonNode entry = gateway.get(tdh, Callers.token(admin)).json();
		JsonNode service = entry.get("services").get(0);
		JsonNode location = entry.get("locations").get(0);
		writes.put("POST /api/organisations",
				new Write(Callers.ADMIN, "/api/organisations",
						"{\"slug\": \"e2e-never-onboarded\", \"name\": {\"en\": \"Never onboarded\"}}", Callers.ADMIN,
						"/api/organisations?size=100"));
		writes.put("PUT /api/organisations/{slug}", new Write(admin, tdh,
				"{\"name\": " + entry.get("name") + ", \"version\": " + entry.get("version") + "}", admin, tdh));
		writes.put("POST /api/organisations/{slug}/services",
				new Write(admin, tdh + "/services", editable(service, false), admin, tdh));
		writes.put("PUT /api/organisations/{slug}/services/{id}", new Write(admin,
				tdh + "/services/" + service.get("id").asString(), editable(service, true), admin, tdh));
		writes.put("POST /api/organisations/{slug}/locations",
				new Write(admin, tdh + "/locations",
						"{\"name\": {\"en\": \"Field office\"}, \"province\": \"KH-12\", \"confidential\": false}",
						admin, tdh));
		writes.put("PUT /api/organisations/{slug}/locations/{id}",
				new Write(admin, tdh + "/locations/" + location.get("id").asString(),
						"""
								{"name": %s, "province": "%s", "confidential": %s, "version": %s}""".formatted(
								location.get("name"), location.get("province").asString(), location.get("confidential"),
								location.get("version")),
						admin, tdh));
	}

	/**
	 * Coordinators create and act on referrals; the sender records a draft's consent; the
	 * receiver's supervisor asks for the lead, the lead organisation answers.
	 */
	private static void referrals(Map<String, Write> writes, AccessResources made) {
		String referral = "/api/referrals/" + made.apleToTdh;
		String draft = "/api/referrals/" + made.apleDraft;
		String note = ChildTexts.remember("Protected-field test note " + System.nanoTime());
		writes.put("POST /api/referrals",
				new Write(Callers.SOPHEA, "/api/referrals",
						AccessResources.referralBody("tdh-nl", "psychosocial-counselling", true), Callers.SOPHEA,
						"/api/referrals?box=outgoing&size=1"));
		writes.put("POST /api/referrals/{id}/{action}",
				new Write(Callers.DARA, referral + "/accept", "{}", Callers.SOPHEA, referral));
		writes.put("POST /api/referrals/{id}/notes",
				new Write(Callers.DARA, referral + "/notes", "{\"text\": \"" + note + "\"}", Callers.SOPHEA, referral));
		writes.put("PUT /api/referrals/{id}/consent", new Write(Callers.SOPHEA, draft + "/consent",
				"{\"givenBy\": \"GUARDIAN\", \"childAssented\": true, \"recordedAt\": \"2026-11-01T08:00:00Z\"}",
				Callers.SOPHEA, draft));
		// a search, posted to keep the case reference out of URLs: it changes nothing
		writes.put("POST /api/referrals/search",
				new Write(Callers.DARA, "/api/referrals/search",
						"{\"box\": \"incoming\", \"caseReference\": \"E2E-NONE\"}", Callers.DARA,
						"/api/referrals?box=incoming&size=1"));
		// refused for the platform's field before it is refused as not declined
		writes.put("POST /api/referrals/{id}/refer-elsewhere", new Write(Callers.SOPHEA, referral + "/refer-elsewhere",
				"{\"receiverOrganisation\": \"mekong-youth\", \"send\": false}", Callers.SOPHEA, referral));
		// tdh-nl's supervisor asks aple for the lead; aple answers
		writes.put("POST /api/referrals/{id}/lead-request", new Write(Callers.TDH_ADMIN, referral + "/lead-request",
				"{\"code\": \"CHILD_MOVED_TO_OUR_AREA\"}", Callers.SOPHEA, referral));
		writes.put("POST /api/referrals/{id}/lead-request/accept",
				new Write(Callers.SOPHEA, referral + "/lead-request/accept", "{}", Callers.SOPHEA, referral));
		writes.put("POST /api/referrals/{id}/lead-request/refuse", new Write(Callers.SOPHEA,
				referral + "/lead-request/refuse", "{\"code\": \"DISCUSS_FIRST\"}", Callers.SOPHEA, referral));
	}

	/**
	 * The centre posts and edits its opening and answers the seat request; a coordinator
	 * asks for a seat.
	 */
	private static void vocational(Map<String, Write> writes, AccessResources made, PatientGateway gateway) {
		String opening = "/api/openings/" + made.opening;
		String placement = "/api/placements/" + made.placement;
		long version = gateway.get(opening, Callers.token(Callers.VANNA)).json().get("version").asLong();
		String seat = """
				{"openingId": "%s", "caseReference": "%s", "age": 16, "sex": "male",
				 "consent": {"givenBy": "CHILD"}}""".formatted(made.opening,
				ChildTexts.remember("TDH-PF-" + System.nanoTime()));
		writes.put("POST /api/openings", new Write(Callers.VANNA, "/api/openings", AccessResources.openingBody(null),
				Callers.VANNA, "/api/openings?mine=true&size=1"));
		writes.put("PUT /api/openings/{id}",
				new Write(Callers.VANNA, opening, AccessResources.openingBody(version), Callers.VANNA, opening));
		writes.put("POST /api/placements",
				new Write(Callers.DARA, "/api/placements", seat, Callers.DARA, "/api/placements?box=outgoing&size=1"));
		writes.put("POST /api/placements/{id}/{action}", new Write(Callers.VANNA, placement + "/offer",
				"{\"holdUntil\": \"" + AccessResources.TODAY.plusDays(7) + "\"}", Callers.DARA, placement));
	}

	/**
	 * A service as read, turned into the body that edits it (with its version) or adds
	 * one like it.
	 */
	private static String editable(JsonNode service, boolean withVersion) {
		ObjectNode body = ((ObjectNode) service).deepCopy();
		body.remove("id");
		if (!withVersion) {
			body.remove("version");
		}
		return JSON.writeValueAsString(body);
	}

}
