package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * Re-routing in real Chromium on a 360-pixel phone: tdh-nl declines a referral from
 * mekong-youth; rithy.myc refers the child elsewhere from its page, to APLE, with consent
 * given for APLE; both pages link to each other; dara.tdh of the organisation that
 * declined gets "not found" for the new one and never sees it in her boxes. Screenshots
 * go to {@code target/screenshots/rerouting-en}; each page is checked as
 * {@link Portal.Screenshots} checks it.
 */
class ReroutingBrowserEndToEndTest {

	private final PatientGateway gateway = new PatientGateway();

	@Test
	void shouldReferElsewhereAfterADeclineWithoutTheDeclinerSeeingIt() throws Exception {
		assumeTrue(Chromium.installed(), "No browser test: install Debian's chromium and chromium-driver "
				+ "(apt-get install chromium chromium-driver) to run it");
		var texts = PortalTexts.in("en");
		var shots = new Portal.Screenshots("rerouting-en");
		String base = RunningPlatform.urls().gateway();
		Response sent = gateway.send("POST", "/api/referrals", Callers.token(Callers.RITHY),
				AccessResources.referralBody("tdh-nl", "psychosocial-counselling", true));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		String old = sent.json().get("id").asString();
		Response declined = gateway.send("POST", "/api/referrals/" + old + "/decline", Callers.token(Callers.DARA),
				"{\"code\": \"NO_CAPACITY\"}");
		assertThat(declined.status()).as(declined.body()).isEqualTo(200);

		String rerouted;
		try (var rithy = new Chromium(360, 800)) {
			Portal.signIn(rithy, base, DemoUser.RITHY, "en");
			rithy.open(base + "/referrals/" + old);
			rithy.await("#refer-elsewhere");
			assertThat(rithy.find("#refer-elsewhere option[value='tdh-nl']"))
				.as("not back to the organisation that declined")
				.isNull();
			rithy.click("#refer-elsewhere option[value='aple']");
			rithy.click("#refer-elsewhere input[name='consent'][value='CAREGIVER']");
			rithy.click("#elsewhere-assent");
			shots.take(rithy, "refer-elsewhere");
			rithy.click("#refer-elsewhere button[type='submit']");
			rerouted = Deadline.poll(Duration.ofSeconds(20), rithy::url,
					url -> url.matches(".*/referrals/[0-9a-f-]{36}(\\?done=[a-zA-Z.]+)?$") && !url.endsWith(old));
			assertThat(rerouted).as(() -> "the new referral's page:\n" + rithy.text())
				.matches(".*/referrals/[0-9a-f-]{36}(\\?done=[a-zA-Z.]+)?$")
				.doesNotEndWith(old);
			assertThat(Portal.status(rithy)).isEqualTo(texts.text("referral.status.REQUESTED"));
			assertThat(rithy.text()).contains(texts.text("referral.elsewhere.from"),
					texts.text("referral.event.REROUTED_FROM"));
			shots.take(rithy, "rerouted");

			rithy.click("#rerouted-from a");
			rithy.await("#rerouted-to");
			assertThat(rithy.text()).contains(texts.text("referral.elsewhere.to"),
					texts.text("referral.event.REFERRED_ELSEWHERE"));
			assertThat(rithy.find("#refer-elsewhere")).as("once only").isNull();
			shots.take(rithy, "declined-linked");
		}
		String id = rerouted.replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1");

		try (var dara = new Chromium(360, 800)) {
			Portal.signIn(dara, base, DemoUser.DARA, "en");
			dara.open(base + "/referrals/" + id);
			assertThat(dara.text()).contains(texts.text("referral.notFound"));
			dara.open(base + "/referrals/" + old);
			assertThat(dara.text()).doesNotContain(texts.text("referral.event.REFERRED_ELSEWHERE"))
				.doesNotContain(texts.text("referral.elsewhere.to"));
			dara.open(base + "/referrals");
			assertThat(dara.find("a[href='/referrals/" + id + "']")).isNull();
		}
	}

}
