package org.partnernetwork.portal.directory;

import java.time.Instant;
import java.util.List;

import org.partnernetwork.portal.web.Text;

/**
 * What the portal reads from organisation-service's directory API: only the fields its
 * pages show.
 */
public final class Directory {

	private Directory() {
	}

	public record ServiceHit(OrganisationRef organisation, Service service) {
	}

	public record OrganisationRef(String slug, Text name) {
	}

	public record Service(String serviceType, Text name, Text description, Eligibility eligibility,
			List<String> languages, List<String> provinces, String capacityStatus) {
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
