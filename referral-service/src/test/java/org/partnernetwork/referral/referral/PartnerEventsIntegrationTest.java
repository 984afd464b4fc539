package org.partnernetwork.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;
import static org.partnernetwork.testsupport.ProblemAssertions.assertProblem;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * Other services post updates to a referral's timeline with their own token, once per
 * event id.
 */
class PartnerEventsIntegrationTest extends ReferralIntegrationTest {

	private static String event(UUID eventId) {
		return """
				{"eventId": "%s", "type": "PLACEMENT_ENROLLED", "organisation": "kandal-vtc",
				 "occurredAt": "2026-11-23T08:00:00Z"}""".formatted(eventId);
	}

	@Test
	void shouldRecordAPartnersUpdateOnceHoweverOftenItIsDelivered() {
		String id = sentReferral();
		String service = issuer.serviceToken("vocational-service");
		UUID eventId = UUID.randomUUID();

		Response first = api().post("/internal/referrals/" + id + "/events", service, event(eventId));
		Response again = api().post("/internal/referrals/" + id + "/events", service, event(eventId));

		assertThat(first.status()).isEqualTo(202);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("duplicate").asBoolean()).isTrue();
		var timeline = read(SOPHEA, id).json().get("timeline");
		assertThat(timeline.findValuesAsString("type")).containsOnlyOnce("PLACEMENT_ENROLLED");
		assertThat(read(DARA, id).json().get("timeline").findValuesAsString("organisation")).contains("kandal-vtc");
	}

	@Test
	void shouldTakeUpdatesFromServicesOnly() {
		String id = sentReferral();
		assertProblem(api().post("/internal/referrals/" + id + "/events", token(DARA), event(UUID.randomUUID())), 403,
				"forbidden");
		assertProblem(api().post("/internal/referrals/" + UUID.randomUUID() + "/events",
				issuer.serviceToken("vocational-service"), event(UUID.randomUUID())), 404, "not-found");
		assertProblem(api().post("/internal/referrals/" + id + "/events", issuer.serviceToken("vocational-service"),
				event(UUID.randomUUID()).replace("PLACEMENT_ENROLLED", "enrolled <b>")), 400, "validation");
	}

}
