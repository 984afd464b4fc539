package org.partnernetwork.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.partnernetwork.launcher.DatabaseLogin;

/**
 * What notification-service stored, read straight from its schema: the inbox rows of the
 * benchmark's events with their {@code created_at}, and how many e-mails still wait.
 */
final class NotificationStore {

	private final DatabaseLogin login;

	NotificationStore(DatabaseLogin login) {
		this.login = login;
	}

	/**
	 * Every inbox row of a new referral from aple, with its subject and when it was made.
	 */
	List<NotificationBenchmark.Arrival> inboxRows() throws SQLException {
		List<NotificationBenchmark.Arrival> rows = new ArrayList<>();
		try (Connection db = DirectoryBenchmark.connect(login);
				PreparedStatement query = db.prepareStatement("select subject_id, created_at from "
						+ "notification.notification where kind = 'REFERRAL_RECEIVED' and organisation = 'aple'");
				ResultSet result = query.executeQuery()) {
			while (result.next()) {
				Timestamp created = result.getTimestamp("created_at");
				rows.add(new NotificationBenchmark.Arrival(UUID.fromString(result.getString("subject_id")),
						created.toInstant()));
			}
		}
		return rows;
	}

	/** E-mails in this state ({@code PENDING}, {@code SENT}, {@code FAILED}). */
	long mails(String state) throws SQLException {
		try (Connection db = DirectoryBenchmark.connect(login);
				PreparedStatement query = db
					.prepareStatement("select count(*) from notification.outgoing_mail where state = ?")) {
			query.setString(1, state);
			try (ResultSet result = query.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

}
