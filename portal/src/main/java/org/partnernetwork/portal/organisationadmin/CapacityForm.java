package org.partnernetwork.portal.organisationadmin;

/**
 * A quick capacity change: the new capacity, and the version of the service the page
 * showed.
 */
public record CapacityForm(String capacityStatus, String version) {

	boolean valid() {
		return capacityStatus != null && ServiceForm.CAPACITIES.contains(capacityStatus)
				&& Fields.version(version) != null;
	}
}
