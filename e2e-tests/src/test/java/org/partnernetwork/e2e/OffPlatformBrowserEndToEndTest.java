package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;

/**
 * A referral to a partner not on the platform, in Khmer, in real Chromium on a 360-pixel
 * phone: sophea.aple records a referral to the Kandal anti-trafficking police
 * (kandal-ahtjp, in the directory, nobody on the platform) from the outgoing box, opens
 * its one-page handover sheet, then records by hand that they accepted and that the
 * service was provided; the timeline says each was recorded by hand. Nobody else sees it.
 * Screenshots go to {@code target/screenshots/off-platform-km}; each page is checked as
 * {@link Portal.Screenshots} checks it.
 */
class OffPlatformBrowserEndToEndTest {

	private final PatientGateway gateway = new PatientGateway();

	@Test
	void shouldRecordAReferralOffThePlatformPrintItsSheetAndRecordTheAnswerAndOutcomeInKhmer() throws Exception {
		assumeTrue(Chromium.installed(), "No browser test: install Debian's chromium and chromium-driver "
				+ "(apt-get install chromium chromium-driver) to run it");
		var texts = PortalTexts.in("km");
		var shots = new Portal.Screenshots("off-platform-km");
		String base = RunningPlatform.urls().gateway();
		String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String caseReference = ChildTexts.remember("POLICE-" + tag);
		String summary = ChildTexts
			.remember("Girl of 15 back from Phnom Penh, case " + tag + ", wants to give a statement.");
		String byHand = texts.text("referral.byHand.entry")
			.substring(0, texts.text("referral.byHand.entry").indexOf("{0}"));

		String id;
		try (var sophea = new Chromium(360, 800)) {
			Portal.signIn(sophea, base, DemoUser.SOPHEA, "km");
			sophea.open(base + "/referrals?box=outgoing");
			sophea.await("#record-off-platform");
			sophea.click("#record-off-platform");
			sophea.await("#receiverName");
			sophea.click("#organisation option[value='kandal-ahtjp']");
			sophea.click("#serviceType option[value='law-enforcement']");
			sophea.type("#caseReference", caseReference);
			sophea.type("#age", "15");
			sophea.click("input[name='sex'][value='female']");
			sophea.click("#province option[value='KH-8']");
			sophea.click("input[name='urgency'][value='HIGH']");
			sophea.click("input[name='riskLevel'][value='HIGH']");
			sophea.type("#summary", summary);
			sophea.click("input[name='consent'][value='CHILD']");
			shots.take(sophea, "form");
			sophea.click("main form button[type='submit']");
			String page = Deadline.poll(Duration.ofSeconds(20), sophea::url,
					url -> url.matches(".*/referrals/[0-9a-f-]{36}\\?done=referral\\.recorded$"));
			assertThat(page).as(() -> "the referral's page, not the form again:\n" + sophea.text())
				.matches(".*/referrals/[0-9a-f-]{36}\\?done=referral\\.recorded$");
			id = page.replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1");
			assertThat(Portal.status(sophea)).isEqualTo(texts.text("referral.status.REQUESTED"));
			assertThat(sophea.text()).contains(texts.text("referral.offPlatform.flag"),
					texts.text("referral.byHand.answer"));
			shots.take(sophea, "recorded");

			sophea.click("#open-sheet");
			sophea.await("#sheet");
			assertThat(sophea.url()).endsWith("/referrals/" + id + "/sheet").doesNotContain(caseReference);
			assertThat(sophea.text())
				.contains(texts.text("referral.sheet.title"), caseReference, summary, texts.text("referral.sheet.from"),
						texts.text("referral.sheet.to"), texts.text("referral.sheet.contact"))
				.doesNotContain(texts.text("referral.timeline"));
			assertThat(sophea.find("#sheet form")).isNull();
			assertThat(sophea.script("return document.getElementById('print').hidden").asBoolean())
				.as("the print button works with the site's own script")
				.isFalse();
			shots.take(sophea, "sheet");

			sophea.open(base + "/referrals/" + id);
			sophea.await("#act-accept");
			sophea.click("#act-accept button[type='submit']");
			Deadline.poll(Duration.ofSeconds(20), () -> Portal.status(sophea),
					status -> status.equals(texts.text("referral.status.ACCEPTED")));
			assertThat(Portal.status(sophea)).isEqualTo(texts.text("referral.status.ACCEPTED"));
			assertThat(sophea.text()).contains(byHand, texts.text("referral.byHand.outcome"));
			shots.take(sophea, "answer-recorded");

			sophea.click("#act-complete select option[value='SERVICE_PROVIDED']");
			sophea.click("#act-complete button[type='submit']");
			Deadline.poll(Duration.ofSeconds(20), () -> Portal.status(sophea),
					status -> status.equals(texts.text("referral.status.COMPLETED")));
			assertThat(Portal.status(sophea)).isEqualTo(texts.text("referral.status.COMPLETED"));
			assertThat(sophea.text().split(byHand, -1)).as("the answer and the outcome, each recorded by hand")
				.hasSize(3);
			shots.take(sophea, "outcome-recorded");
		}

		assertThat(gateway.get("/api/referrals/" + id, Callers.token(Callers.DARA)).status())
			.as("nobody on the platform but its sender sees it")
			.isEqualTo(404);
		assertThat(gateway.get("/api/referrals?box=incoming", Callers.token(Callers.DARA)).body()).doesNotContain(id);
	}

}
