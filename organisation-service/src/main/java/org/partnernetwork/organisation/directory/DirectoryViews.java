package org.partnernetwork.organisation.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the directory API answers; never an entity. */
public final class DirectoryViews {

	private DirectoryViews() {
	}

	public record LocalizedText(String en, String km) {
	}

	public record OrganisationSummary(UUID id, String slug, LocalizedText name, String status,
			List<String> serviceTypes, List<String> provinces, Instant lastVerifiedAt) {
	}

	public record OrganisationDetail(UUID id, String slug, LocalizedText name, LocalizedText description,
			Contact contact, String status, Instant lastVerifiedAt, List<ServiceView> services,
			List<LocationView> locations, long version) {
	}

	public record Contact(String email, String phone, String website) {
	}

	public record ServiceView(UUID id, String serviceType, LocalizedText name, LocalizedText description,
			Eligibility eligibility, List<String> languages, List<String> provinces, String capacityStatus,
			long version) {
	}

	public record Eligibility(Integer minAge, Integer maxAge, String sex) {
	}

	/**
	 * {@code address} is null where the location is confidential and the reader is
	 * another organisation.
	 */
	public record LocationView(UUID id, LocalizedText name, String province, String address, boolean confidential,
			long version) {
	}

	public record ServiceTypeView(String code, LocalizedText label) {
	}

	/** A service found by a search, with the organisation that offers it. */
	public record ServiceHit(OrganisationRef organisation, ServiceView service) {
	}

	public record OrganisationRef(UUID id, String slug, LocalizedText name) {
	}

}
