package org.partnernetwork.support.security;

import org.partnernetwork.support.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** The token does not name exactly one organisation, so it cannot act for one. */
public final class OrganisationScopeException extends ProblemException {

	private OrganisationScopeException(String code) {
		super(HttpStatus.FORBIDDEN, code);
	}

	public static OrganisationScopeException noOrganisation() {
		return new OrganisationScopeException("organisation-required");
	}

	public static OrganisationScopeException severalOrganisations() {
		return new OrganisationScopeException("organisation-ambiguous");
	}
}
