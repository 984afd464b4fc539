package org.partnernetwork.portal.directory;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.partnernetwork.portal.web.Language;

/** What the portal reads from organisation-service's directory API: only the fields its pages show. */
public final class Directory {

	private Directory() {
	}

	/** A name or description in English and Khmer; a Khmer page falls back to English where Khmer is missing. */
	public record Text(String en, String km) {

		public String in(Locale locale) {
			return Language.KHMER.equals(locale) && km != null && !km.isBlank() ? km : en;
		}
	}

	public record ServiceType(String code, Text label) {
	}

	public record ServiceHit(OrganisationRef organisation, Service service) {
	}

	public record OrganisationRef(String slug, Text name) {
	}

	public record Service(String serviceType, Text name, Text description, Eligibility eligibility, List<String> languages,
			List<String> provinces, String capacityStatus) {
	}

	public record Eligibility(Integer minAge, Integer maxAge, String sex) {
	}

	public record Organisation(String slug, Text name, Text description, Contact contact, String status,
			Instant lastVerifiedAt, List<Service> services, List<Location> locations) {
	}

	public record Contact(String email, String phone, String website) {
	}

	/** {@code address} is null for a confidential location of another organisation. */
	public record Location(Text name, String province, String address, boolean confidential) {
	}
}
