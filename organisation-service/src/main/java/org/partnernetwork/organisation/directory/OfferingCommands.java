package org.partnernetwork.organisation.directory;

import java.time.Clock;
import java.util.UUID;

import org.partnernetwork.organisation.directory.DirectoryViews.LocationView;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceView;
import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.support.domain.NotFound;
import org.partnernetwork.support.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An org admin keeps their organisation's services (with capacity) and locations up to
 * date.
 */
@Service
@Transactional
class OfferingCommands {

	private final OrganisationRepository organisations;

	private final ServiceRepository services;

	private final ServiceTypeRepository serviceTypes;

	private final LocationRepository locations;

	private final Clock clock;

	OfferingCommands(OrganisationRepository organisations, ServiceRepository services,
			ServiceTypeRepository serviceTypes, LocationRepository locations, Clock clock) {
		this.organisations = organisations;
		this.services = services;
		this.serviceTypes = serviceTypes;
		this.locations = locations;
		this.clock = clock;
	}

	ServiceView addService(String slug, DirectoryInputs.ServiceChange change, CurrentUser admin) {
		OrganisationEntity organisation = organisations.findOwn(slug, admin);
		Versions.refuseWhenCreating(change.version());
		requireKnownCodes(change);
		ServiceEntity service = services.saveAndFlush(new ServiceEntity(organisation, change, clock.instant()));
		return DirectoryMapper.service(service);
	}

	ServiceView changeService(String slug, UUID id, DirectoryInputs.ServiceChange change, CurrentUser admin) {
		OrganisationEntity organisation = organisations.findOwn(slug, admin);
		ServiceEntity service = services.findById(id)
			.filter(found -> found.organisation().id().equals(organisation.id()))
			.orElseThrow(() -> NotFound.of("service"));
		Versions.require(service.version(), change.version());
		requireKnownCodes(change);
		service.change(change, clock.instant());
		services.flush();
		return DirectoryMapper.service(service);
	}

	LocationView addLocation(String slug, DirectoryInputs.LocationChange change, CurrentUser admin) {
		OrganisationEntity organisation = organisations.findOwn(slug, admin);
		Versions.refuseWhenCreating(change.version());
		return DirectoryMapper.location(locations.saveAndFlush(new LocationEntity(organisation, change)), true);
	}

	LocationView changeLocation(String slug, UUID id, DirectoryInputs.LocationChange change, CurrentUser admin) {
		OrganisationEntity organisation = organisations.findOwn(slug, admin);
		LocationEntity location = locations.findById(id)
			.filter(found -> found.organisation().id().equals(organisation.id()))
			.orElseThrow(() -> NotFound.of("location"));
		Versions.require(location.version(), change.version());
		location.change(change);
		locations.flush();
		return DirectoryMapper.location(location, true);
	}

	private void requireKnownCodes(DirectoryInputs.ServiceChange change) {
		if (!serviceTypes.existsById(change.serviceType())) {
			throw InvalidField.of("serviceType", "is not a service type of the network's taxonomy");
		}
		change.languages().stream().filter(code -> !Codes.isLanguage(code)).findFirst().ifPresent(code -> {
			throw InvalidField.of("languages", "\"" + code + "\" is not an ISO 639 language code");
		});
	}

}
