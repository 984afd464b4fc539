package org.partnernetwork.organisation.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.partnernetwork.organisation.directory.DirectoryViews.Contact;
import org.partnernetwork.organisation.directory.DirectoryViews.Eligibility;
import org.partnernetwork.organisation.directory.DirectoryViews.LocalizedText;

/**
 * Maps directory entities to what is published; a confidential location is left out,
 * never passed on.
 */
final class PublishedMapper {

	private static final Comparator<LocationEntity> BY_NAME = Comparator.comparing(LocationEntity::nameEn)
		.thenComparing(LocationEntity::id);

	private PublishedMapper() {
	}

	static Published.Organisation organisation(OrganisationEntity organisation) {
		return new Published.Organisation(organisation.id(), organisation.slug(),
				new LocalizedText(organisation.nameEn(), organisation.nameKm()),
				new LocalizedText(organisation.descriptionEn(), organisation.descriptionKm()),
				new Contact(organisation.email(), organisation.phone(), organisation.website()),
				organisation.lastVerifiedAt(), organisation.updatedAt());
	}

	static Published.OrganisationEntry entry(OrganisationEntity organisation) {
		return new Published.OrganisationEntry(organisation(organisation), publicLocations(organisation.locations()),
				organisation.services().stream().map(PublishedMapper::entry).toList());
	}

	static Published.Service service(ServiceEntity service) {
		return new Published.Service(service.id(), organisation(service.organisation()), service.serviceType(),
				new LocalizedText(service.nameEn(), service.nameKm()),
				new LocalizedText(service.descriptionEn(), service.descriptionKm()),
				new Eligibility(service.minAge(), service.maxAge(), DirectoryMapper.lower(service.sexEligibility())),
				DirectoryMapper.lower(service.capacityStatus()), service.updatedAt());
	}

	static Published.ServiceEntry entry(ServiceEntity service) {
		return new Published.ServiceEntry(service(service), sorted(service.languages()), sorted(service.provinces()),
				publicLocations(service.locations()));
	}

	private static List<Published.Location> publicLocations(Collection<LocationEntity> locations) {
		return locations.stream()
			.filter(location -> !location.confidential())
			.sorted(BY_NAME)
			.map(location -> new Published.Location(location.id(),
					new LocalizedText(location.nameEn(), location.nameKm()), location.provinceCode(),
					location.address()))
			.toList();
	}

	private static List<String> sorted(Collection<String> codes) {
		return List.copyOf(new TreeSet<>(codes));
	}

}
