package org.partnernetwork.portal.organisationadmin;

import java.util.Map;

/**
 * A form for one part of an organisation's entry, a service or a location, as
 * {@link PartFormController} saves it.
 */
interface PartForm {

	/** The texts as typed, for showing what was not saved after a conflict. */
	Map<String, String> texts();

}
