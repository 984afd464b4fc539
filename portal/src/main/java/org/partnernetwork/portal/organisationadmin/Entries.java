package org.partnernetwork.portal.organisationadmin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.partnernetwork.portal.web.Text;

/**
 * An organisation's entry as organisation-service holds it for its own admin (or the
 * network admin): with the ids and versions an edit names, and the addresses of its
 * confidential locations.
 */
public final class Entries {

	private Entries() {
	}

	public record Entry(String slug, Text name, Text description, Contact contact, String status,
			Instant lastVerifiedAt, List<Offer> services, List<Place> locations, long version) {

		public Entry {
			services = services == null ? List.of() : services;
			locations = locations == null ? List.of() : locations;
		}

		public boolean suspended() {
			return "suspended".equals(status);
		}

		Optional<Offer> service(UUID id) {
			return services.stream().filter(service -> id.equals(service.id())).findFirst();
		}

		Optional<Place> location(UUID id) {
			return locations.stream().filter(location -> id.equals(location.id())).findFirst();
		}
	}

	/** A service the organisation offers. */
	public record Offer(UUID id, String serviceType, Text name, Text description, Eligibility eligibility,
			List<String> languages, List<String> provinces, String capacityStatus, long version) {
	}

	/** How partners reach the organisation. */
	public record Contact(String email, String phone, String website) {
	}

	/**
	 * Who a service takes: ages in years, sex ({@code any}, {@code female},
	 * {@code male}).
	 */
	public record Eligibility(Integer minAge, Integer maxAge, String sex) {
	}

	/**
	 * A place the organisation works; a confidential one's address is shown only to its
	 * own staff.
	 */
	public record Place(UUID id, Text name, String province, String address, boolean confidential, long version) {
	}

}
