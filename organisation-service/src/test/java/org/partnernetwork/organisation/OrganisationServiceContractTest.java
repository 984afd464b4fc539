package org.partnernetwork.organisation;

import org.partnernetwork.testsupport.HostileInputContract;
import org.partnernetwork.testsupport.ResourceServerContract;
import org.partnernetwork.testsupport.ServiceIntegrationTest;

class OrganisationServiceContractTest extends ServiceIntegrationTest
		implements ResourceServerContract, HostileInputContract {

	@Override
	public String protectedPath() {
		return "/api/organisations";
	}

}
