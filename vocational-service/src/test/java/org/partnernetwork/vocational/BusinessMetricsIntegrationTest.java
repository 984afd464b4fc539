package org.partnernetwork.vocational;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.VANNA;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.PrometheusMetrics;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The business metrics on the management port, under the names the dashboard and alerts
 * in {@code deploy/monitoring} read, after real seat requests and an enrolment whose
 * event referral-service refuses for a while: seat requests by state, the outbox's
 * backlog and the age of its oldest event, failed deliveries; then the backlog drained
 * once referral-service answers. No label holds a referral or a young person.
 */
@TestPropertySource(properties = "management.server.port=0")
class BusinessMetricsIntegrationTest extends VocationalIntegrationTest {

	private static final String[] OUTBOX = { "service=vocational-service", "destination=referral-service" };

	@LocalManagementPort
	private int managementPort;

	@Test
	void shouldCountSeatRequestsByStateAndShowTheOutboxWaitingAndDraining() {
		UUID referral = UUID.randomUUID();
		referralVisible(referral);
		String opening = postOpening(token(VANNA), openingBody(2, ""));
		Response linked = requestSeat(DARA, seatBody(opening, 16, "male", "\"referralId\": \"" + referral + "\""));
		assertThat(linked.status()).as(linked.body()).isEqualTo(201);
		assertThat(requestSeat(DARA, seatBody(opening, 17, "female", "")).status()).isEqualTo(201);
		String placement = linked.json().get("id").asString();
		assertThat(act(VANNA, placement, "offer", holdUntil(TODAY.plusDays(2))).status()).isEqualTo(200);
		var refusing = referrals.server()
			.stubFor(post(urlPathEqualTo("/internal/referrals/" + referral + "/events")).atPriority(1)
				.willReturn(aResponse().withStatus(503)));

		assertThat(act(VANNA, placement, "enrol", "").status()).isEqualTo(200);

		eventually(Duration.ofSeconds(20), () -> {
			PrometheusMetrics metrics = PrometheusMetrics.scrape(managementPort);
			assertThat(metrics.value("partner_network_seat_requests", "state=REQUESTED")).isEqualTo(1);
			assertThat(metrics.value("partner_network_seat_requests", "state=ENROLLED")).isEqualTo(1);
			assertThat(metrics.value("partner_network_seat_requests", "state=OFFERED")).isZero();
			assertThat(metrics.value("partner_network_outbox_backlog", OUTBOX)).isEqualTo(1);
			assertThat(metrics.value("partner_network_outbox_oldest_age_seconds", OUTBOX)).isPositive();
			assertThat(metrics.value("partner_network_deliveries_failed_total", OUTBOX)).isGreaterThanOrEqualTo(2);
		});
		referrals.server().removeStub(refusing);

		eventually(Duration.ofSeconds(20), () -> {
			PrometheusMetrics metrics = PrometheusMetrics.scrape(managementPort);
			assertThat(metrics.value("partner_network_outbox_backlog", OUTBOX)).isZero();
			assertThat(metrics.value("partner_network_outbox_oldest_age_seconds", OUTBOX)).isZero();
		});
		assertThat(PrometheusMetrics.scrape(managementPort).text()).doesNotContain(referral.toString(), placement);
	}

}
