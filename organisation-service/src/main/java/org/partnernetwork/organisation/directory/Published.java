package org.partnernetwork.organisation.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.partnernetwork.organisation.directory.DirectoryViews.Contact;
import org.partnernetwork.organisation.directory.DirectoryViews.Eligibility;
import org.partnernetwork.organisation.directory.DirectoryViews.LocalizedText;

/**
 * The directory as it is published in open formats (HSDS), the same for every reader:
 * active organisations, their services and their public locations. A confidential
 * location (a shelter) is not in here at all, so no format can show it.
 */
public final class Published {

	private Published() {
	}

	/**
	 * A page of a published list, in the order of the names; {@code page} counts from 0.
	 * {@code search}: every word occurs, in any case, in the English or Khmer name or
	 * description. {@code modifiedAfter} is inclusive and counts a change to the
	 * organisation or to one of its services.
	 */
	public record Filter(String search, Instant modifiedAfter, int page, int size) {
	}

	public record Organisation(UUID id, String slug, LocalizedText name, LocalizedText description, Contact contact,
			Instant lastVerifiedAt, Instant updatedAt) {
	}

	/** An organisation with its public locations and its services (by service type). */
	public record OrganisationEntry(Organisation organisation, List<Location> locations, List<ServiceEntry> services) {
	}

	/**
	 * {@code eligibility.sex} and {@code capacityStatus} are the directory API's
	 * lower-case codes.
	 */
	public record Service(UUID id, Organisation organisation, String serviceType, LocalizedText name,
			LocalizedText description, Eligibility eligibility, String capacityStatus, Instant updatedAt) {
	}

	/**
	 * A service with its languages and provinces (each sorted by code) and its public
	 * locations.
	 */
	public record ServiceEntry(Service service, List<String> languages, List<String> provinces,
			List<Location> locations) {
	}

	/** A public location; lists of them are in the order of their English names. */
	public record Location(UUID id, LocalizedText name, String province, String address) {
	}

}
