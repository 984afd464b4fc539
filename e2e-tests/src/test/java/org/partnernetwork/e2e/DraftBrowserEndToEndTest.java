package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;

/**
 * A coordinator in Khmer, in real Chromium on a 360-pixel phone: finds counselling for a
 * boy of 12 in Kandal and opens "Refer a child" from the result (the search's age, sex
 * and province filled in); a summary with a phone number is refused beside the summary;
 * the referral is saved as a draft without consent, found under Drafts, given consent on
 * its page, and sent. Screenshots go to {@code target/screenshots/draft-km}; each page is
 * checked as {@link Portal.Screenshots} checks it.
 */
class DraftBrowserEndToEndTest {

	private static final ZoneId CAMBODIA = ZoneId.of("Asia/Phnom_Penh");

	@Test
	void shouldSaveAReferralAsADraftRecordConsentLaterAndSendItInKhmer() throws Exception {
		assumeTrue(Chromium.installed(), "No browser test: install Debian's chromium and chromium-driver "
				+ "(apt-get install chromium chromium-driver) to run it");
		var texts = PortalTexts.in("km");
		var shots = new Portal.Screenshots("draft-km");
		String base = RunningPlatform.urls().gateway();
		String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String caseReference = ChildTexts.remember("DRAFT-" + tag);
		String summary = ChildTexts.remember("Boy of 12 from Kandal, draft " + tag + ", sleeps badly since the flood.");

		try (var sophea = new Chromium(360, 800)) {
			Portal.signIn(sophea, base, DemoUser.SOPHEA, "km");
			sophea.open(base + "/find");
			sophea.click("#serviceType option[value='psychosocial-counselling']");
			sophea.click("#province option[value='KH-8']");
			sophea.type("#age", "12");
			sophea.click("input[name='sex'][value='male']");
			sophea.click("#find-submit");
			sophea.await("#results a[href^='/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling']");
			sophea.click("#results a[href^='/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling']");
			sophea.await("#caseReference");
			assertThat(sophea.script("return document.querySelector('#age').value").asString())
				.as("the search's age carried into the form")
				.isEqualTo("12");
			assertThat(sophea.script("return document.querySelector(\"input[name='sex'][value='male']\").checked")
				.asBoolean()).isTrue();
			assertThat(sophea.script("return document.querySelector('#province').value").asString()).isEqualTo("KH-8");

			sophea.type("#caseReference", caseReference);
			sophea.click("input[name='urgency'][value='HIGH']");
			sophea.click("input[name='riskLevel'][value='MEDIUM']");
			sophea.type("#summary", "Call the aunt on ០១២ ៣៤៥ ៦៧៨.");
			sophea.click("button[name='draft']");
			sophea.await("#summary-error");
			assertThat(sophea.find("#summary-error")).isNotNull();
			assertThat(sophea.text()).contains(texts.text("referral.new.error.personal"));
			shots.take(sophea, "summary-refused");

			sophea.script("document.querySelector('#summary').value = ''; return true");
			sophea.type("#summary", summary);
			shots.take(sophea, "form");
			sophea.click("button[name='draft']");
			String draft = Deadline.poll(Duration.ofSeconds(20), sophea::url,
					url -> url.matches(".*/referrals/[0-9a-f-]{36}(\\?done=[a-zA-Z.]+)?$"));
			assertThat(draft).as(() -> "the draft's page, not the form again:\n" + sophea.text())
				.matches(".*/referrals/[0-9a-f-]{36}(\\?done=[a-zA-Z.]+)?$");
			String id = draft.replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1");
			assertThat(Portal.status(sophea)).isEqualTo(texts.text("referral.status.DRAFT"));
			assertThat(sophea.text()).contains(summary, texts.text("referral.draft.consent"));
			shots.take(sophea, "draft");

			sophea.open(base + "/referrals?box=drafts");
			sophea.await("a[href='/referrals/" + id + "']");
			shots.take(sophea, "drafts");

			sophea.click("a[href='/referrals/" + id + "']");
			sophea.click("#record-consent input[name='consent'][value='CAREGIVER']");
			sophea.click("#record-consent button[type='submit']");
			sophea.await("#consent-error");
			assertThat(sophea.text()).as("a caregiver's consent needs the child's agreement")
				.contains(texts.text("referral.new.error.assent"));
			shots.take(sophea, "consent-refused");

			sophea.click("#record-consent input[name='consent'][value='CAREGIVER']");
			sophea.click("#record-consent input[name='assent']");
			sophea.pick("#draft-consentDate", LocalDate.now(CAMBODIA).toString());
			sophea.click("#record-consent button[type='submit']");
			sophea.await("#act-send");
			assertThat(sophea.find("#consent-error")).as("consent is recorded").isNull();
			assertThat(sophea.text()).contains(texts.text("referral.consent.recorded"));
			shots.take(sophea, "consent-recorded");

			sophea.click("#act-send button[type='submit']");
			Deadline.poll(Duration.ofSeconds(20), () -> Portal.status(sophea),
					status -> status.equals(texts.text("referral.status.REQUESTED")));
			assertThat(Portal.status(sophea)).isEqualTo(texts.text("referral.status.REQUESTED"));
			assertThat(sophea.find("#record-consent")).isNull();
			shots.take(sophea, "sent");
		}
	}

}
