package org.partnernetwork.notification;

import org.partnernetwork.testsupport.HostileInputContract;
import org.partnernetwork.testsupport.ResourceServerContract;

class NotificationServiceContractTest extends NotificationIntegrationTest
		implements ResourceServerContract, HostileInputContract {

	@Override
	public String protectedPath() {
		return "/api/notifications";
	}

}
