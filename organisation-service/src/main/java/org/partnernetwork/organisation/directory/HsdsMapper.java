package org.partnernetwork.organisation.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.partnernetwork.organisation.directory.HsdsViews.Address;
import org.partnernetwork.organisation.directory.HsdsViews.Attribute;
import org.partnernetwork.organisation.directory.HsdsViews.Language;
import org.partnernetwork.organisation.directory.HsdsViews.Location;
import org.partnernetwork.organisation.directory.HsdsViews.Organization;
import org.partnernetwork.organisation.directory.HsdsViews.OrganizationIdentifier;
import org.partnernetwork.organisation.directory.HsdsViews.OrganizationSummary;
import org.partnernetwork.organisation.directory.HsdsViews.Phone;
import org.partnernetwork.organisation.directory.HsdsViews.Service;
import org.partnernetwork.organisation.directory.HsdsViews.ServiceArea;
import org.partnernetwork.organisation.directory.HsdsViews.ServiceAtLocation;
import org.partnernetwork.organisation.directory.HsdsViews.ServiceSummary;

/**
 * Maps the directory to HSDS 3.0. HSDS is the directory's public face: a confidential location (a
 * shelter) never appears, neither as a location nor as a service-at-location nor as an address. Names
 * and descriptions are in English, the Khmer name is the {@code alternate_name}.
 */
final class HsdsMapper {

	private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")
		.withZone(ZoneOffset.UTC);

	private final Map<String, ServiceTypeEntity> serviceTypes;

	HsdsMapper(Map<String, ServiceTypeEntity> serviceTypes) {
		this.serviceTypes = serviceTypes;
	}

	static OrganizationSummary summary(OrganisationEntity organisation) {
		return new OrganizationSummary(organisation.id(), organisation.nameEn(), blankToNull(organisation.nameKm()),
				Optional.ofNullable(organisation.descriptionEn()).orElse(""), blankToNull(organisation.email()),
				blankToNull(organisation.website()));
	}

	Organization organization(OrganisationEntity organisation) {
		UUID id = organisation.id();
		List<Phone> phones = Optional.ofNullable(blankToNull(organisation.phone()))
			.map(number -> List.of(new Phone(HsdsIds.of("phone", id), id, number)))
			.orElse(List.of());
		var slug = new OrganizationIdentifier(HsdsIds.of("organization_identifier", id), id,
				"Partner Network directory slug", organisation.slug());
		return new Organization(summary(organisation), phones,
				organisation.locations().stream()
					.filter(HsdsMapper::isPublic)
					.map(location -> location(location, id))
					.toList(),
				List.of(slug), organisation.services().stream().map(service -> service(service, false)).toList());
	}

	static ServiceSummary serviceSummary(ServiceEntity service) {
		OrganisationEntity organisation = service.organisation();
		Instant modified = service.updatedAt().isAfter(organisation.updatedAt()) ? service.updatedAt()
				: organisation.updatedAt();
		return new ServiceSummary(service.id(), organisation.id(), service.nameEn(), blankToNull(service.nameKm()),
				service.descriptionEn(), blankToNull(organisation.email()), "active", alert(service.capacityStatus()),
				HsdsEligibility.describe(service), service.minAge(), service.maxAge(),
				Optional.ofNullable(organisation.lastVerifiedAt())
					.map(verified -> LocalDate.ofInstant(verified, ZoneOffset.UTC).toString())
					.orElse(null),
				MILLIS.format(modified), summary(organisation));
	}

	/** The fully nested service; {@code withOrganization} is false where it is nested in its organization. */
	Service service(ServiceEntity service, boolean withOrganization) {
		ServiceSummary summary = serviceSummary(service);
		UUID id = service.id();
		List<ServiceAtLocation> atLocations = service.locations().stream()
			.filter(HsdsMapper::isPublic)
			.sorted(Comparator.comparing(LocationEntity::nameEn).thenComparing(LocationEntity::id))
			.map(location -> new ServiceAtLocation(HsdsIds.of("service_at_location", id, location.id()), id,
					location.id(), location(location, summary.organizationId())))
			.toList();
		List<Language> languages = new TreeSet<>(service.languages()).stream()
			.map(code -> new Language(HsdsIds.of("language", id, code), id, languageName(code), code))
			.toList();
		List<Attribute> type = Optional.ofNullable(serviceTypes.get(service.serviceType()))
			.map(serviceType -> List.of(HsdsTaxonomy.serviceType(id, serviceType)))
			.orElse(List.of());
		return new Service(withOrganization ? summary : summary.withoutOrganization(), serviceAreas(service),
				atLocations, languages, type);
	}

	/** One service area per province served, named in English and coded by an ISO 3166-2 term. */
	private static List<ServiceArea> serviceAreas(ServiceEntity service) {
		return service.provinces().stream().sorted(Comparator.comparing(HsdsProvinces::name)).map(code -> {
			UUID areaId = HsdsIds.of("service_area", service.id(), code);
			return new ServiceArea(areaId, service.id(), HsdsProvinces.name(code),
					List.of(HsdsTaxonomy.province(areaId, code)));
		}).toList();
	}

	private static boolean isPublic(LocationEntity location) {
		return !location.confidential();
	}

	/** Only ever called for a public location: the province goes into the address as its state/province. */
	private static Location location(LocationEntity location, UUID organisationId) {
		UUID id = location.id();
		var address = new Address(HsdsIds.of("address", id), id, Optional.ofNullable(location.address()).orElse(""),
				"", HsdsProvinces.name(location.provinceCode()), "", "KH", "physical");
		return new Location(id, "physical", organisationId, location.nameEn(),
				blankToNull(location.nameKm()), List.of(address));
	}

	private static String alert(ServiceEntity.Capacity capacity) {
		return switch (capacity) {
			case AVAILABLE -> null;
			case WAITLIST -> "Waiting list: a new referral waits for a place.";
			case FULL -> "Full: no places at the moment.";
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
