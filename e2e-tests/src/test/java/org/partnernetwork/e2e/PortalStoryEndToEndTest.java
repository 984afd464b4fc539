package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnernetwork.testsupport.DemoUser;

/**
 * The whole story, through the portal only, in real headless Chromium on 360-pixel phone
 * screens, once in English and once in Khmer: the Kandal centre posts a motorbike
 * mechanics opening; sophea.aple finds counselling in Kandal and refers a boy with his
 * consent; dara.tdh accepts, starts, finds the opening and requests a seat for him from
 * the referral; vanna.kvtc offers the seat, enrols him and records that he is employed;
 * dara.tdh reads it on the referral's timeline and completes the referral. Each person
 * has a browser of their own. Screenshots of every page go to
 * {@code target/screenshots/story-<language>}.
 */
class PortalStoryEndToEndTest {

	private static final ZoneId CAMBODIA = ZoneId.of("Asia/Phnom_Penh");

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "km" })
	void shouldCarryABoyFromAReferralToAJobAsAMechanic(String language) throws Exception {
		assumeTrue(Chromium.installed(), "No browser test: install Debian's chromium and chromium-driver "
				+ "(apt-get install chromium chromium-driver) to run it");
		var texts = PortalTexts.in(language);
		var shots = new Portal.Screenshots("story-" + language);
		String base = RunningPlatform.urls().gateway();
		String tag = language.toUpperCase() + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String caseReference = ChildTexts.remember("STORY-" + tag);
		String summary = ChildTexts
			.remember("Boy of 16 from Kandal, story " + tag + ", asks for counselling and a trade.");
		LocalDate today = LocalDate.now(CAMBODIA);

		try (var vanna = new Chromium(360, 800);
				var sophea = new Chromium(360, 800);
				var dara = new Chromium(360, 800)) {
			// the centre posts the opening the boy will take
			Portal.signIn(vanna, base, DemoUser.VANNA, language);
			vanna.open(base + "/training/openings/new");
			vanna.click("#trade option[value='motorbike-mechanics']");
			vanna.type("#titleEn", "Motorbike mechanics " + tag);
			vanna.type("#titleKm", "ជួសជុលម៉ូតូ " + tag);
			vanna.click("#province option[value='KH-8']");
			vanna.type("#minAge", "16");
			vanna.type("#maxAge", "24");
			vanna.click("#sex option[value='any']");
			vanna.type("#seats", "4");
			vanna.pick("#startDate", today.toString());
			vanna.type("#durationWeeks", "24");
			vanna.pick("#applicationDeadline", today.toString());
			shots.take(vanna, "vanna-opening-form");
			vanna.click("#opening-submit");
			vanna.await("h1");
			String opening = Deadline.poll(Duration.ofSeconds(20), vanna::url,
					url -> url.matches(".*/training/openings/[0-9a-f-]{36}$"));
			assertThat(opening).as(() -> "the new opening's page, not the form again:\n" + vanna.text())
				.matches(".*/training/openings/[0-9a-f-]{36}$");
			String openingId = opening.substring(opening.lastIndexOf('/') + 1);
			assertThat(vanna.text())
				.contains(language.equals("km") ? "ជួសជុលម៉ូតូ " + tag : "Motorbike mechanics " + tag);
			shots.take(vanna, "vanna-opening");

			// sophea finds counselling for a boy of 16 in Kandal and refers him, with his
			// consent
			Portal.signIn(sophea, base, DemoUser.SOPHEA, language);
			sophea.open(base + "/find");
			sophea.click("#serviceType option[value='psychosocial-counselling']");
			sophea.click("#province option[value='KH-8']");
			sophea.type("#age", "16");
			sophea.click("input[name='sex'][value='male']");
			sophea.click("#find-submit");
			sophea.await("#results a[href='/organisations/tdh-nl']");
			shots.take(sophea, "sophea-found");
			sophea.click("#results a[href='/organisations/tdh-nl']");
			sophea.click("a[href^='/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling']");
			sophea.type("#caseReference", caseReference);
			sophea.type("#age", "16");
			sophea.click("input[name='sex'][value='male']");
			sophea.click("#province option[value='KH-8']");
			assertThat(sophea.script("return document.querySelector(\"input[name='languages'][value='km']\").checked")
				.asBoolean()).as("Khmer is the child's language unless the coordinator says otherwise").isTrue();
			sophea.click("input[name='urgency'][value='ROUTINE']");
			sophea.click("input[name='riskLevel'][value='MEDIUM']");
			sophea.type("#summary", summary);
			sophea.click("input[name='consent'][value='CHILD']");
			sophea.click("input[name='assent']");
			sophea.pick("#consentDate", today.toString());
			shots.take(sophea, "sophea-referral-form");
			sophea.click("main form button[type='submit']");
			String referral = Deadline.poll(Duration.ofSeconds(20), sophea::url,
					url -> url.matches(".*/referrals/[0-9a-f-]{36}(\\?done=[a-zA-Z.]+)?$"));
			assertThat(referral).as(() -> "the sent referral's page, not the form again:\n" + sophea.text())
				.matches(".*/referrals/[0-9a-f-]{36}(\\?done=[a-zA-Z.]+)?$");
			String referralId = referral.replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1");
			assertThat(Portal.status(sophea)).isEqualTo(texts.text("referral.status.REQUESTED"));
			assertThat(sophea.text()).contains(caseReference, summary, texts.text("done.referral.sent"));
			shots.take(sophea, "sophea-referral-sent");

			// dara accepts it from her incoming box, starts counselling, and asks for a
			// training seat
			Portal.signIn(dara, base, DemoUser.DARA, language);
			dara.open(base + "/referrals");
			dara.click("a[href='/referrals/" + referralId + "']");
			assertThat(dara.text()).contains(caseReference, summary, texts.text("referral.consent.CHILD"),
					texts.text("referral.consent.covers"));
			shots.take(dara, "dara-referral-received");
			dara.click("#act-accept button[type='submit']");
			String accepted = texts.text("referral.status.ACCEPTED");
			assertThat(Deadline.poll(Duration.ofSeconds(20), () -> Portal.status(dara), accepted::equals))
				.isEqualTo(accepted);
			assertThat(dara.text()).as("the page says what happened").contains(texts.text("done.referral.accepted"));
			dara.click("#act-start button[type='submit']");
			String started = texts.text("referral.status.IN_PROGRESS");
			assertThat(Deadline.poll(Duration.ofSeconds(20), () -> Portal.status(dara), started::equals))
				.isEqualTo(started);
			dara.click("#request-seat");
			dara.click("#trade option[value='motorbike-mechanics']");
			dara.click("#province option[value='KH-8']");
			dara.click("#training-submit");
			assertThat(
					Deadline.poll(Duration.ofSeconds(20), dara::url, url -> url.contains("trade=motorbike-mechanics")))
				.as("htmx put the search in the address")
				.contains("trade=motorbike-mechanics", "referral=" + referralId);
			dara.click("#openings a[href^='/training/openings/" + openingId + "']");
			assertThat(dara.text())
				.contains(language.equals("km") ? "ជួសជុលម៉ូតូ " + tag : "Motorbike mechanics " + tag);
			assertThat(dara.script("return document.querySelector('#caseReference').value").asString())
				.as("the seat request carries the referral's young person")
				.isEqualTo(caseReference);
			// the seat request carries consent: the boy's caregiver, with his agreement
			dara.click("#request input[name='consent'][value='CAREGIVER']");
			dara.click("#assent");
			shots.take(dara, "dara-seat-request");
			dara.click("#request-submit");
			String placement = Deadline.poll(Duration.ofSeconds(20), dara::url,
					url -> url.matches(".*/training/placements/[0-9a-f-]{36}$"));
			assertThat(placement).as(() -> "the seat request's page, not the form again:\n" + dara.text())
				.matches(".*/training/placements/[0-9a-f-]{36}$");
			String placementId = placement.substring(placement.lastIndexOf('/') + 1);
			assertThat(Portal.status(dara)).isEqualTo(texts.text("training.status.REQUESTED"));
			shots.take(dara, "dara-seat-requested");

			// the centre offers the seat, enrols him, and records that he found work
			vanna.open(base + "/training/placements");
			shots.take(vanna, "vanna-seat-requests");
			vanna.click("a[href='/training/placements/" + placementId + "']");
			assertThat(vanna.text()).as("the centre sees the consent the seat was asked under")
				.contains(texts.text("training.consent"), texts.text("training.request.consent.CAREGIVER"));
			assertThat(vanna.text()).as("the centre is told the seat came from a referral")
				.contains(texts.text("training.referral.fromReferral"));
			assertThat(
					vanna.script("return document.querySelector(\"a[href='/referrals/" + referralId + "']\") === null")
						.asBoolean())
				.as("and is not shown a link to a referral it cannot open")
				.isTrue();
			shots.take(vanna, "vanna-seat-request");
			vanna.pick("#holdUntil", today.toString());
			vanna.click("#offer-submit");
			vanna.await("#enrol-submit");
			vanna.click("#enrol-submit");
			vanna.await("#complete-submit");
			assertThat(Portal.status(vanna)).isEqualTo(texts.text("training.status.ENROLLED"));
			vanna.click("#outcome option[value='EMPLOYED']");
			shots.take(vanna, "vanna-enrolled");
			vanna.click("#complete-submit");
			String employed = texts.text("training.status.COMPLETED");
			assertThat(Deadline.poll(Duration.ofSeconds(20), () -> Portal.status(vanna), employed::equals))
				.isEqualTo(employed);
			shots.take(vanna, "vanna-employed");
			vanna.open(base + "/training/outcomes");
			assertThat(vanna.text()).contains(texts.text("training.outcomes.centre"),
					texts.text("training.code.EMPLOYED"));
			shots.take(vanna, "vanna-outcomes");

			// dara reads it on the referral's timeline (the centre's news comes through
			// its outbox) and completes
			String told = texts.text("referral.event.PLACEMENT_COMPLETED");
			String timeline = Deadline.poll(Duration.ofSeconds(60), () -> {
				dara.open(base + "/referrals/" + referralId);
				return dara.text();
			}, page -> page.contains(told));
			assertThat(timeline).as("the centre's outcome on the referral's timeline")
				.contains(texts.text("referral.event.PLACEMENT_ENROLLED"), told, texts.text("referral.code.EMPLOYED"));
			shots.take(dara, "dara-timeline");
			dara.click("#complete-code option[value='GOALS_MET']");
			dara.click("#act-complete button[type='submit']");
			String completed = texts.text("referral.status.COMPLETED");
			assertThat(Deadline.poll(Duration.ofSeconds(20), () -> Portal.status(dara), completed::equals))
				.isEqualTo(completed);
			assertThat(dara.text()).contains(texts.text("referral.code.GOALS_MET"));
			shots.take(dara, "dara-completed");
			dara.open(base + "/training/outcomes");
			assertThat(dara.text()).contains(texts.text("training.outcomes.requester"));
			shots.take(dara, "dara-outcomes");

			// and sophea, who sent it, sees how it ended
			sophea.open(base + "/referrals/" + referralId);
			assertThat(Portal.status(sophea)).isEqualTo(completed);
			assertThat(sophea.text()).contains(told, texts.text("referral.code.EMPLOYED"));
			shots.take(sophea, "sophea-closed-loop");
		}
	}

}
