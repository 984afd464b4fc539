package org.partnernetwork.organisation.directory;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.partnernetwork.organisation.directory.DirectoryViews.Contact;
import org.partnernetwork.organisation.directory.DirectoryViews.Eligibility;
import org.partnernetwork.organisation.directory.DirectoryViews.LocalizedText;
import org.partnernetwork.organisation.directory.DirectoryViews.LocationView;
import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationDetail;
import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationRef;
import org.partnernetwork.organisation.directory.DirectoryViews.OrganisationSummary;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceHit;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceTypeView;
import org.partnernetwork.organisation.directory.DirectoryViews.ServiceView;

/**
 * Maps directory entities to the API's views, hiding confidential addresses from other
 * organisations.
 */
final class DirectoryMapper {

	private DirectoryMapper() {
	}

	static OrganisationSummary summary(OrganisationEntity organisation) {
		var provinces = new TreeSet<String>();
		organisation.services().forEach(service -> provinces.addAll(service.provinces()));
		List<String> types = organisation.services().stream().map(ServiceEntity::serviceType).distinct().toList();
		return new OrganisationSummary(organisation.id(), organisation.slug(),
				text(organisation.nameEn(), organisation.nameKm()), lower(organisation.status()), types,
				List.copyOf(provinces), organisation.lastVerifiedAt());
	}

	static OrganisationDetail detail(OrganisationEntity organisation, boolean ownOrganisation) {
		return new OrganisationDetail(organisation.id(), organisation.slug(),
				text(organisation.nameEn(), organisation.nameKm()),
				text(organisation.descriptionEn(), organisation.descriptionKm()),
				new Contact(organisation.email(), organisation.phone(), organisation.website()),
				lower(organisation.status()), organisation.lastVerifiedAt(),
				organisation.services().stream().map(DirectoryMapper::service).toList(),
				organisation.locations().stream().map(location -> location(location, ownOrganisation)).toList(),
				organisation.version());
	}

	static ServiceView service(ServiceEntity service) {
		return new ServiceView(service.id(), service.serviceType(), text(service.nameEn(), service.nameKm()),
				text(service.descriptionEn(), service.descriptionKm()),
				new Eligibility(service.minAge(), service.maxAge(), lower(service.sexEligibility())),
				List.copyOf(new TreeSet<>(service.languages())), List.copyOf(new TreeSet<>(service.provinces())),
				lower(service.capacityStatus()), service.version());
	}

	static LocationView location(LocationEntity location, boolean ownOrganisation) {
		boolean hidden = location.confidential() && !ownOrganisation;
		return new LocationView(location.id(), text(location.nameEn(), location.nameKm()), location.provinceCode(),
				hidden ? null : location.address(), location.confidential(), location.version());
	}

	static ServiceHit hit(ServiceEntity service) {
		OrganisationEntity organisation = service.organisation();
		return new ServiceHit(new OrganisationRef(organisation.id(), organisation.slug(),
				text(organisation.nameEn(), organisation.nameKm())), service(service));
	}

	static ServiceTypeView serviceType(ServiceTypeEntity type) {
		return new ServiceTypeView(type.code(), text(type.labelEn(), type.labelKm()));
	}

	private static LocalizedText text(String en, String km) {
		return new LocalizedText(en, km);
	}

	static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
