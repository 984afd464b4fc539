package org.partnernetwork.organisation.directory;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase change named by the applied changeset 0005, which filled the Khmer trigram
 * columns of the old database search. Directory search now runs on its own index
 * (Hibernate Search), and changeset 0006 drops those columns: on a new database this
 * change has nothing to fill. It keeps its package and name because changeset 0005's
 * checksum includes them.
 */
public class KhmerTrigramsBackfill implements CustomTaskChange {

	@Override
	public void execute(Database database) {
		// the columns it filled are dropped by changeset 0006
	}

	@Override
	public String getConfirmationMessage() {
		return "Khmer trigram columns left empty: changeset 0006 drops them";
	}

	@Override
	public void setUp() {
		// nothing to set up
	}

	@Override
	public void setFileOpener(ResourceAccessor resourceAccessor) {
		// reads no files
	}

	@Override
	public liquibase.exception.ValidationErrors validate(Database database) {
		return new liquibase.exception.ValidationErrors();
	}

}
