package org.partnernetwork.testsupport;

import java.util.List;

/** The demo realm's users (DESIGN.md), for tokens in tests. */
public enum DemoUser {

	ADMIN_NETWORK("admin.network", null, "network-admin"), SOPHEA("sophea.aple", "aple", "coordinator"),
	SOKHA("sokha.aple", "aple", "org-admin", "supervisor"), DARA("dara.tdh", "tdh-nl", "coordinator"),
	VANNA("vanna.kvtc", "kandal-vtc", "centre-staff"), RITHY("rithy.myc", "mekong-youth", "coordinator");

	private final String username;

	private final String organisation;

	private final List<String> roles;

	DemoUser(String username, String organisation, String... roles) {
		this.username = username;
		this.organisation = organisation;
		this.roles = List.of(roles);
	}

	public String username() {
		return username;
	}

	/** The organisation's slug, or null for the network admin. */
	public String organisation() {
		return organisation;
	}

	public List<String> roles() {
		return roles;
	}

}
