package org.partnernetwork.organisation.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase change: gives every organisation and service saved before the Khmer trigram
 * words existed (the demo directory among them) its words, as saving it today would
 * ({@link KhmerTrigrams}). The applied changeset 0005 names this class, and its checksum
 * includes the name: it keeps this package and name.
 */
public class KhmerTrigramsBackfill implements CustomTaskChange {

	private int rows;

	@Override
	public void execute(Database database) throws CustomChangeException {
		Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
		try {
			rows = fill(connection, "organisation") + fill(connection, "service");
		}
		catch (SQLException ex) {
			throw new CustomChangeException("Could not fill the Khmer trigram words", ex);
		}
	}

	private static int fill(Connection connection, String table) throws SQLException {
		int filled = 0;
		try (Statement read = connection.createStatement();
				ResultSet texts = read.executeQuery("SELECT id, name_km, description_km FROM " + table);
				PreparedStatement write = connection
					.prepareStatement("UPDATE " + table + " SET khmer_trigrams = ? WHERE id = ?")) {
			while (texts.next()) {
				write.setString(1, KhmerTrigrams.words(texts.getString("name_km"), texts.getString("description_km")));
				write.setString(2, texts.getString("id"));
				write.addBatch();
				filled++;
			}
			write.executeBatch();
		}
		return filled;
	}

	@Override
	public String getConfirmationMessage() {
		return "Khmer trigram words filled for " + rows + " organisations and services";
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
	public ValidationErrors validate(Database database) {
		return new ValidationErrors();
	}

}
