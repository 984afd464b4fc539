package org.partnernetwork.organisation.onboarding;

import java.net.URI;

import jakarta.validation.Valid;

import org.partnernetwork.organisation.directory.DirectoryInputs;
import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/organisations}: the network admin onboards a partner organisation. */
@RestController
class OnboardingController {

	private final Onboarding onboarding;

	OnboardingController(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	@PostMapping("/api/organisations")
	ResponseEntity<OrganisationDetail> onboard(@Valid @RequestBody DirectoryInputs.NewOrganisation entry) {
		OrganisationDetail created = onboarding.onboard(entry);
		return ResponseEntity.created(URI.create("/api/organisations/" + created.slug())).body(created);
	}

}
