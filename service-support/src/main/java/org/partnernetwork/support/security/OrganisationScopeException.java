package org.partnernetwork.support.security;

import org.partnernetwork.support.domain.Forbidden;

/** The token does not name exactly one organisation, so it cannot act for one. */
public final class OrganisationScopeException extends Forbidden {

	private OrganisationScopeException(String code) {
		super(code);
	}

	public static OrganisationScopeException noOrganisation() {
		return new OrganisationScopeException("organisation-required");
	}

	public static OrganisationScopeException severalOrganisations() {
		return new OrganisationScopeException("organisation-ambiguous");
	}

}
