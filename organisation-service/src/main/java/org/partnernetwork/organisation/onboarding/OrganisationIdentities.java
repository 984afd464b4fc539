package org.partnernetwork.organisation.onboarding;

/**
 * Where partner organisations exist for sign-in: Keycloak organizations whose alias is
 * the directory slug. Implementations answer a refusal (the alias or name is taken) with
 * a {@code Conflict} ({@code slug-taken}) and an unreachable identity server with
 * {@code PeerUnavailable} ({@code identity-unavailable}).
 */
public interface OrganisationIdentities {

	/** Creates the organization and returns its id in the identity server. */
	String create(String slug, String name);

	/**
	 * Removes an organization created by {@link #create}, when the directory entry could
	 * not be saved.
	 */
	void delete(String id);

}
