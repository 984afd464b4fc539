package org.partnernetwork.organisation;

import org.partnernetwork.testsupport.ResourceServerContract;

class OrganisationServiceContractTest extends IntegrationTest implements ResourceServerContract {

	@Override
	public String protectedPath() {
		return "/api/organisations";
	}
}
