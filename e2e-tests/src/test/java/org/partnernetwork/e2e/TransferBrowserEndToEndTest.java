package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;
import org.partnernetwork.testsupport.HttpApi.Response;

/**
 * The lead of a case in real Chromium on a 360-pixel phone. A transfer: sophea.aple hands
 * the lead of a case to tdh-nl on the new-referral form, dara.tdh accepts the offer, and
 * both pages say tdh-nl leads the case now. A transfer request: dara.tdh refers a child
 * to APLE for legal aid, APLE accepts, its supervisor sokha.aple asks for the lead (in
 * Khmer); dara.tdh refuses with a reason, sokha.aple asks again, dara.tdh accepts, and
 * both pages say APLE leads the case; dara.tdh can no longer act on it. Screenshots go to
 * {@code target/screenshots/transfer-en} and {@code transfer-request}; each page is
 * checked as {@link Portal.Screenshots} checks it.
 */
class TransferBrowserEndToEndTest {

	private final PatientGateway gateway = new PatientGateway();

	@Test
	void shouldHandOverTheLeadWhenTheReceiverAcceptsTheTransfer() throws Exception {
		assumeTrue(Chromium.installed(), "No browser test: install Debian's chromium and chromium-driver "
				+ "(apt-get install chromium chromium-driver) to run it");
		var texts = PortalTexts.in("en");
		var shots = new Portal.Screenshots("transfer-en");
		String base = RunningPlatform.urls().gateway();
		String tdh = name("tdh-nl", "en");
		String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

		String id;
		try (var sophea = new Chromium(360, 800)) {
			Portal.signIn(sophea, base, DemoUser.SOPHEA, "en");
			sophea.open(base + "/referrals/new?organisation=tdh-nl&serviceType=psychosocial-counselling"
					+ "&age=12&sex=male&province=KH-8");
			sophea.await("#caseReference");
			assertThat(sophea.text()).contains(texts.text("referral.new.kind.hint"));
			sophea.type("#caseReference", ChildTexts.remember("TRANSFER-" + tag));
			sophea.click("input[name='urgency'][value='EMERGENCY']");
			sophea.click("input[name='riskLevel'][value='MEDIUM']");
			sophea.type("#summary",
					ChildTexts.remember("Boy of 12 from Kandal, transfer " + tag + ", sleeps badly since the flood."));
			sophea.click("input[name='consent'][value='CAREGIVER']");
			sophea.click("#assent");
			sophea.click("input[name='kind'][value='TRANSFER']");
			shots.take(sophea, "offer-the-lead");
			sophea.click("main form button[type='submit']");
			String page = Deadline.poll(Duration.ofSeconds(20), sophea::url,
					url -> url.matches(".*/referrals/[0-9a-f-]{36}\\?done=referral\\.sent$"));
			assertThat(page).as(() -> "the referral's page:\n" + sophea.text())
				.matches(".*/referrals/[0-9a-f-]{36}\\?done=referral\\.sent$");
			id = page.replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1");
			assertThat(sophea.find("#transfer-flag")).isNotNull();
			assertThat(sophea.text()).contains(texts.text("referral.transfer.sender"));
			shots.take(sophea, "offered");
		}

		try (var dara = new Chromium(360, 800)) {
			Portal.signIn(dara, base, DemoUser.DARA, "en");
			dara.open(base + "/referrals?box=incoming");
			dara.await("a[href='/referrals/" + id + "']");
			assertThat(dara.text()).contains(texts.text("referral.transfer"));
			shots.take(dara, "incoming-box");
			dara.click("a[href='/referrals/" + id + "']");
			dara.await("#act-accept");
			assertThat(dara.text()).contains(texts.text("referral.transfer.receiver"));
			shots.take(dara, "transfer-offer");
			dara.clickToNextPage("#act-accept button[type='submit']");
			dara.await("#done");
			assertThat(dara.text()).contains(say(texts, "referral.done.accept-transfer", tdh),
					say(texts, "referral.lead", tdh), say(texts, "referral.event.LEAD_TRANSFERRED", tdh));
			shots.take(dara, "accepted");
		}

		try (var sophea = new Chromium(360, 800)) {
			Portal.signIn(sophea, base, DemoUser.SOPHEA, "en");
			sophea.open(base + "/referrals/" + id);
			sophea.await("#lead");
			assertThat(sophea.text()).contains(say(texts, "referral.lead", tdh),
					say(texts, "referral.event.LEAD_TRANSFERRED", tdh));
			assertThat(sophea.find("#actions-heading")).as("the former lead can no longer act").isNull();
			shots.take(sophea, "handed-over");
		}
	}

	@Test
	void shouldLetTheReceiversSupervisorAskForTheLeadAndTheLeadOrganisationRefuseThenAccept() throws Exception {
		assumeTrue(Chromium.installed(), "No browser test: install Debian's chromium and chromium-driver "
				+ "(apt-get install chromium chromium-driver) to run it");
		var khmer = PortalTexts.in("km");
		var english = PortalTexts.in("en");
		var shots = new Portal.Screenshots("transfer-request");
		String base = RunningPlatform.urls().gateway();
		Response sent = gateway.send("POST", "/api/referrals", Callers.token(Callers.DARA),
				AccessResources.referralBody("aple", "legal-aid", true));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		String id = sent.json().get("id").asString();
		Response accepted = gateway.send("POST", "/api/referrals/" + id + "/accept", Callers.token(Callers.SOPHEA),
				null);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

		try (var sokha = new Chromium(360, 800); var dara = new Chromium(360, 800)) {
			Portal.signIn(sokha, base, DemoUser.SOKHA, "km");
			sokha.open(base + "/referrals/" + id);
			sokha.await("#act-ask-lead");
			assertThat(sokha.text()).contains(say(khmer, "referral.lead", name("tdh-nl", "km")));
			sokha.click("#ask-lead-code option[value='CHILD_MOVED_TO_OUR_AREA']");
			shots.take(sokha, "ask-to-lead-km");
			sokha.clickToNextPage("#act-ask-lead button[type='submit']");
			sokha.await("#done");
			assertThat(sokha.text()).contains(khmer.text("referral.event.LEAD_REQUESTED"),
					khmer.text("referral.leadRequest.waiting"));
			assertThat(sokha.find("#act-ask-lead")).as("one open request at a time").isNull();
			shots.take(sokha, "asked-km");

			Portal.signIn(dara, base, DemoUser.DARA, "en");
			dara.open(base + "/referrals/" + id);
			dara.await("#lead-request");
			String tdh = name("tdh-nl", "en");
			String aple = name("aple", "en");
			assertThat(dara.text()).contains(say(english, "referral.leadRequest", aple),
					english.text("referral.code.CHILD_MOVED_TO_OUR_AREA"));
			shots.take(dara, "open-request");
			dara.click("#refuse-lead-code option[value='DISCUSS_FIRST']");
			dara.clickToNextPage("#act-refuse-lead button[type='submit']");
			dara.await("#done");
			assertThat(dara.text()).contains(say(english, "referral.done.refuse-lead", tdh),
					english.text("referral.event.LEAD_REQUEST_REFUSED"), english.text("referral.code.DISCUSS_FIRST"));
			assertThat(dara.find("#lead-request")).isNull();
			shots.take(dara, "refused");

			sokha.open(base + "/referrals/" + id);
			sokha.await("#act-ask-lead");
			assertThat(sokha.text()).contains(khmer.text("referral.event.LEAD_REQUEST_REFUSED"));
			sokha.click("#ask-lead-code option[value='WE_SEE_THE_CHILD_MOST']");
			sokha.clickToNextPage("#act-ask-lead button[type='submit']");
			sokha.await("#done");

			dara.open(base + "/referrals/" + id);
			dara.await("#act-accept-lead");
			dara.clickToNextPage("#act-accept-lead button[type='submit']");
			dara.await("#done");
			assertThat(dara.text()).contains(say(english, "referral.done.accept-lead", aple),
					say(english, "referral.lead", aple), say(english, "referral.event.LEAD_TRANSFERRED", aple));
			assertThat(dara.find("#actions-heading")).as("the former lead can no longer act").isNull();
			assertThat(dara.find("#add-note")).isNull();
			shots.take(dara, "lead-handed-over");

			sokha.open(base + "/referrals/" + id);
			sokha.await("#lead");
			String apleKm = name("aple", "km");
			assertThat(sokha.text()).contains(say(khmer, "referral.lead", apleKm),
					say(khmer, "referral.event.LEAD_TRANSFERRED", apleKm),
					khmer.text("referral.event.LEAD_REQUEST_ACCEPTED"));
			assertThat(sokha.find("#act-start")).as("the new lead goes on with the service").isNotNull();
			shots.take(sokha, "leads-km");
		}
	}

	private String name(String slug, String language) {
		return gateway.get("/api/organisations/" + slug, Callers.token(Callers.SOPHEA))
			.json()
			.get("name")
			.get(language)
			.asString();
	}

	private static String say(PortalTexts texts, String key, String organisation) {
		return MessageFormat.format(texts.text(key), organisation);
	}

}
