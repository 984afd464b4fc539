package org.partnernetwork.vocational;

import javax.sql.DataSource;

import org.partnernetwork.testsupport.AppendOnlyAuditContract;
import org.partnernetwork.testsupport.HostileInputContract;
import org.partnernetwork.testsupport.ResourceServerContract;
import org.springframework.beans.factory.annotation.Autowired;

class VocationalServiceContractTest extends VocationalIntegrationTest
		implements ResourceServerContract, HostileInputContract, AppendOnlyAuditContract {

	@Autowired
	private DataSource dataSource;

	@Override
	public String protectedPath() {
		return "/api/openings";
	}

	@Override
	public DataSource dataSource() {
		return dataSource;
	}

}
