package org.partnernetwork.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.text.MessageFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.partnernetwork.testsupport.DemoUser;

/**
 * The organisation pages in real headless Chromium on a phone: APLE's org admin, in
 * Khmer, marks a service's capacity (and puts it back) and confirms the entry is up to
 * date; the network admin, in English, onboards a new organisation. Every page is
 * screenshotted, checked with axe-core and no wider than the screen.
 */
class PortalAdminBrowserEndToEndTest {

	@Test
	void shouldLetAnOrgAdminKeepTheEntryCurrentAndTheNetworkAdminOnboardAnOrganisation() throws Exception {
		assumeTrue(Chromium.installed(), "No browser test: install Debian's chromium and chromium-driver "
				+ "(apt-get install chromium chromium-driver) to run it");
		String base = RunningPlatform.urls().gateway();
		var khmer = PortalTexts.in("km");
		var english = PortalTexts.in("en");
		var shots = new Portal.Screenshots("organisation-admin");

		try (var sokha = new Chromium(360, 800); var admin = new Chromium(360, 800)) {
			Portal.signIn(sokha, base, DemoUser.SOKHA, "km");
			sokha.click("nav a[href='/my-organisation']");
			sokha.await("#confirm-submit");
			shots.take(sokha, "my-organisation-km");

			String select = "form.quick select[name='capacityStatus']";
			String before = sokha.script("return document.querySelector(\"" + select + "\").value").asString();
			String other = before.equals("waitlist") ? "available" : "waitlist";
			sokha.click(select + " option[value='" + other + "']");
			sokha.clickToNextPage("form.quick button[type='submit']");
			assertThat(sokha.text()).contains(khmer.text("myOrganisation.saved.capacity"));
			assertThat(sokha.script("return document.querySelector(\"" + select + "\").value").asString())
				.as("the directory holds the new capacity")
				.isEqualTo(other);
			shots.take(sokha, "capacity-saved-km");
			sokha.click(select + " option[value='" + before + "']");
			sokha.clickToNextPage("form.quick button[type='submit']");
			assertThat(sokha.script("return document.querySelector(\"" + select + "\").value").asString())
				.as("put back as it was")
				.isEqualTo(before);

			sokha.clickToNextPage("#confirm-submit");
			assertThat(sokha.text()).contains(khmer.text("myOrganisation.saved.confirmed"));
			shots.take(sokha, "confirmed-km");

			Portal.signIn(admin, base, DemoUser.ADMIN_NETWORK, "en");
			admin.click("nav a[href='/onboarding']");
			String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
			admin.type("#slug", slug);
			admin.type("#nameEn", "Battambang Youth Shelter " + slug);
			admin.type("#nameKm", "ជម្រកយុវជនបាត់ដំបង " + slug);
			admin.type("#descriptionEn", "Shelter and family reintegration for young people in Battambang.");
			admin.type("#email", slug + "@example.org");
			shots.take(admin, "onboarding-form");
			admin.clickToNextPage("#onboarding-submit");
			assertThat(admin.text()).as("the organisation is onboarded")
				.contains(MessageFormat.format(english.text("onboarding.done.text"), slug),
						english.text("onboarding.done.next"));
			shots.take(admin, "onboarded");
		}
	}

}
