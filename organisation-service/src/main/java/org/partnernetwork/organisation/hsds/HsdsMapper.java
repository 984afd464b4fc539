package org.partnernetwork.organisation.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.partnernetwork.organisation.directory.DirectoryViews.ServiceTypeView;
import org.partnernetwork.organisation.directory.Published;
import org.partnernetwork.organisation.hsds.HsdsViews.Address;
import org.partnernetwork.organisation.hsds.HsdsViews.Attribute;
import org.partnernetwork.organisation.hsds.HsdsViews.Language;
import org.partnernetwork.organisation.hsds.HsdsViews.Location;
import org.partnernetwork.organisation.hsds.HsdsViews.Organization;
import org.partnernetwork.organisation.hsds.HsdsViews.OrganizationIdentifier;
import org.partnernetwork.organisation.hsds.HsdsViews.OrganizationSummary;
import org.partnernetwork.organisation.hsds.HsdsViews.Phone;
import org.partnernetwork.organisation.hsds.HsdsViews.Service;
import org.partnernetwork.organisation.hsds.HsdsViews.ServiceArea;
import org.partnernetwork.organisation.hsds.HsdsViews.ServiceAtLocation;
import org.partnernetwork.organisation.hsds.HsdsViews.ServiceSummary;

/**
 * Maps the published directory to HSDS 3.0. HSDS is the directory's public face: a
 * confidential location (a shelter) never appears, neither as a location nor as a
 * service-at-location nor as an address (the published directory holds none). Names and
 * descriptions are in English, the Khmer name is the {@code alternate_name}.
 */
final class HsdsMapper {

	private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")
		.withZone(ZoneOffset.UTC);

	private final Map<String, ServiceTypeView> serviceTypes;

	HsdsMapper(Map<String, ServiceTypeView> serviceTypes) {
		this.serviceTypes = serviceTypes;
	}

	static OrganizationSummary summary(Published.Organisation organisation) {
		return new OrganizationSummary(organisation.id(), organisation.name().en(),
				blankToNull(organisation.name().km()), Optional.ofNullable(organisation.description().en()).orElse(""),
				blankToNull(organisation.contact().email()), blankToNull(organisation.contact().website()));
	}

	Organization organization(Published.OrganisationEntry entry) {
		Published.Organisation organisation = entry.organisation();
		UUID id = organisation.id();
		List<Phone> phones = Optional.ofNullable(blankToNull(organisation.contact().phone()))
			.map(number -> List.of(new Phone(HsdsIds.of("phone", id), id, number)))
			.orElse(List.of());
		var slug = new OrganizationIdentifier(HsdsIds.of("organization_identifier", id), id,
				"Partner Network directory slug", organisation.slug());
		return new Organization(summary(organisation), phones,
				entry.locations().stream().map(location -> location(location, id)).toList(), List.of(slug),
				entry.services().stream().map(service -> service(service, false)).toList());
	}

	static ServiceSummary serviceSummary(Published.Service service) {
		Published.Organisation organisation = service.organisation();
		Instant modified = service.updatedAt().isAfter(organisation.updatedAt()) ? service.updatedAt()
				: organisation.updatedAt();
		return new ServiceSummary(service.id(), organisation.id(), service.name().en(),
				blankToNull(service.name().km()), service.description().en(),
				blankToNull(organisation.contact().email()), "active", alert(service.capacityStatus()),
				HsdsEligibility.describe(service.eligibility()), service.eligibility().minAge(),
				service.eligibility().maxAge(),
				Optional.ofNullable(organisation.lastVerifiedAt())
					.map(verified -> LocalDate.ofInstant(verified, ZoneOffset.UTC).toString())
					.orElse(null),
				MILLIS.format(modified), summary(organisation));
	}

	/**
	 * The fully nested service; {@code withOrganization} is false where it is nested in
	 * its organization.
	 */
	Service service(Published.ServiceEntry entry, boolean withOrganization) {
		ServiceSummary summary = serviceSummary(entry.service());
		UUID id = summary.id();
		List<ServiceAtLocation> atLocations = entry.locations()
			.stream()
			.map(location -> new ServiceAtLocation(HsdsIds.of("service_at_location", id, location.id()), id,
					location.id(), location(location, summary.organizationId())))
			.toList();
		List<Language> languages = entry.languages()
			.stream()
			.map(code -> new Language(HsdsIds.of("language", id, code), id, languageName(code), code))
			.toList();
		List<Attribute> type = Optional.ofNullable(serviceTypes.get(entry.service().serviceType()))
			.map(serviceType -> List.of(HsdsTaxonomy.serviceType(id, serviceType)))
			.orElse(List.of());
		return new Service(withOrganization ? summary : summary.withoutOrganization(), serviceAreas(id, entry),
				atLocations, languages, type);
	}

	/**
	 * One service area per province served, named in English and coded by an ISO 3166-2
	 * term.
	 */
	private static List<ServiceArea> serviceAreas(UUID serviceId, Published.ServiceEntry entry) {
		return entry.provinces().stream().sorted(Comparator.comparing(HsdsProvinces::name)).map(code -> {
			UUID areaId = HsdsIds.of("service_area", serviceId, code);
			return new ServiceArea(areaId, serviceId, HsdsProvinces.name(code),
					List.of(HsdsTaxonomy.province(areaId, code)));
		}).toList();
	}

	/** The province goes into the address as its state/province. */
	private static Location location(Published.Location location, UUID organisationId) {
		UUID id = location.id();
		var address = new Address(HsdsIds.of("address", id), id, Optional.ofNullable(location.address()).orElse(""), "",
				HsdsProvinces.name(location.province()), "", "KH", "physical");
		return new Location(id, "physical", organisationId, location.name().en(), blankToNull(location.name().km()),
				List.of(address));
	}

	/** The directory's codes: {@code available}, {@code waitlist}, {@code full}. */
	private static String alert(String capacityStatus) {
		return switch (capacityStatus) {
			case "waitlist" -> "Waiting list: a new referral waits for a place.";
			case "full" -> "Full: no places at the moment.";
			default -> null;
		};
	}

	private static String languageName(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
		return name.isEmpty() ? code : name;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
