package org.partnernetwork.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnernetwork.testsupport.DemoUser.DARA;
import static org.partnernetwork.testsupport.DemoUser.SOPHEA;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.partnernetwork.referral.ReferralIntegrationTest;
import org.partnernetwork.testsupport.HttpApi.Response;
import org.partnernetwork.testsupport.PrometheusMetrics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Referrals sent, answered and expired by urgency on the management port, under the names
 * the dashboard and alerts in {@code deploy/monitoring} read, after real referrals: an
 * emergency sent and left to expire, a high-urgency one sent and accepted, a draft never
 * sent. Every series is there at 0 before the first referral; no label holds a referral.
 */
@TestPropertySource(properties = "management.server.port=0")
class ReferralMetricsIntegrationTest extends ReferralIntegrationTest {

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private ReferralExpiry expiry;

	@Test
	void shouldCountReferralsSentAnsweredAndExpiredByUrgency() {
		PrometheusMetrics before = PrometheusMetrics.scrape(managementPort);
		assertThat(before.value("partner_network_referrals_sent_total", "urgency=EMERGENCY")).isZero();
		assertThat(before.value("partner_network_referrals_expired_total", "urgency=EMERGENCY")).isZero();

		String emergency = create(SOPHEA, referralBody("\"send\": true").replace("\"HIGH\"", "\"EMERGENCY\"")).json()
			.get("id")
			.asString();
		String high = create(SOPHEA, referralBody("\"send\": true")).json().get("id").asString();
		Response accepted = act(DARA, high, "accept", "");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(create(SOPHEA, referralBody("")).status()).as("a draft, not sent").isEqualTo(201);
		assertThat(expiry.expireDueAt(Instant.now().plus(25, ChronoUnit.HOURS))).isEqualTo(1);

		PrometheusMetrics after = PrometheusMetrics.scrape(managementPort);
		assertThat(after.value("partner_network_referrals_sent_total", "urgency=EMERGENCY")).isEqualTo(1);
		assertThat(after.value("partner_network_referrals_sent_total", "urgency=HIGH")).isEqualTo(1);
		assertThat(after.value("partner_network_referrals_sent_total", "urgency=ROUTINE")).isZero();
		assertThat(after.value("partner_network_referrals_answered_total", "answer=ACCEPTED", "urgency=HIGH"))
			.isEqualTo(1);
		assertThat(after.value("partner_network_referrals_answered_total", "answer=DECLINED", "urgency=HIGH")).isZero();
		assertThat(after.value("partner_network_referrals_expired_total", "urgency=EMERGENCY")).isEqualTo(1);
		assertThat(after.value("partner_network_referrals_expired_total", "urgency=HIGH")).isZero();
		assertThat(after.text()).doesNotContain(emergency, high);
	}

}
