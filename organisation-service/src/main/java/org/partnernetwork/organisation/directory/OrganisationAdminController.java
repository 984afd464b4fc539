package org.partnernetwork.organisation.directory;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.partnernetwork.organisation.directory.DirectoryViews.LocationView;
import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationDetail;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceView;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Keeping an entry true: the org admin edits their own organisation; the network admin
 * suspends.
 */
@RestController
@RequestMapping("/api/organisations/{slug}")
class OrganisationAdminController {

	private final DirectoryCommands organisations;

	private final OfferingCommands offerings;

	OrganisationAdminController(DirectoryCommands organisations, OfferingCommands offerings) {
		this.organisations = organisations;
		this.offerings = offerings;
	}

	@PutMapping
	OrganisationDetail change(@PathVariable String slug, @Valid @RequestBody DirectoryInputs.OrganisationChange change,
			CurrentUser admin) {
		return organisations.change(slug, change, admin);
	}

	/**
	 * The organisation's admin confirms that its entry is true; sets
	 * {@code lastVerifiedAt}.
	 */
	@PostMapping("/confirm")
	OrganisationDetail confirm(@PathVariable String slug, CurrentUser admin) {
		return organisations.confirm(slug, admin);
	}

	@PostMapping("/services")
	ResponseEntity<ServiceView> addService(@PathVariable String slug,
			@Valid @RequestBody DirectoryInputs.ServiceChange service, CurrentUser admin) {
		ServiceView created = offerings.addService(slug, service, admin);
		return ResponseEntity.created(URI.create("/api/services/" + created.id())).body(created);
	}

	@PutMapping("/services/{id}")
	ServiceView changeService(@PathVariable String slug, @PathVariable UUID id,
			@Valid @RequestBody DirectoryInputs.ServiceChange service, CurrentUser admin) {
		return offerings.changeService(slug, id, service, admin);
	}

	@PostMapping("/locations")
	ResponseEntity<LocationView> addLocation(@PathVariable String slug,
			@Valid @RequestBody DirectoryInputs.LocationChange location, CurrentUser admin) {
		LocationView created = offerings.addLocation(slug, location, admin);
		return ResponseEntity.created(URI.create("/api/organisations/" + slug)).body(created);
	}

	@PutMapping("/locations/{id}")
	LocationView changeLocation(@PathVariable String slug, @PathVariable UUID id,
			@Valid @RequestBody DirectoryInputs.LocationChange location, CurrentUser admin) {
		return offerings.changeLocation(slug, id, location, admin);
	}

	@PostMapping("/suspend")
	OrganisationDetail suspend(@PathVariable String slug) {
		return organisations.suspend(slug);
	}

	@PostMapping("/reactivate")
	OrganisationDetail reactivate(@PathVariable String slug) {
		return organisations.reactivate(slug);
	}

}
