package org.partnernetwork.referral;

import javax.sql.DataSource;

import org.partnernetwork.testsupport.AppendOnlyAuditContract;
import org.partnernetwork.testsupport.HostileInputContract;
import org.partnernetwork.testsupport.ResourceServerContract;
import org.partnernetwork.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class ReferralServiceContractTest extends ServiceIntegrationTest
		implements ResourceServerContract, HostileInputContract, AppendOnlyAuditContract {

	@Autowired
	private DataSource dataSource;

	@Override
	public String protectedPath() {
		return "/api/referrals?box=incoming";
	}

	@Override
	public DataSource dataSource() {
		return dataSource;
	}

}
