package org.partnernetwork.organisation;

import org.partnernetwork.testsupport.ResourceServerContract;
import org.partnernetwork.testsupport.ServiceIntegrationTest;

class OrganisationServiceContractTest extends ServiceIntegrationTest implements ResourceServerContract {

	@Override
	public String protectedPath() {
		return "/api/organisations";
	}
}
