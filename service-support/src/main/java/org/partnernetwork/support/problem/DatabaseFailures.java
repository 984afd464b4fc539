package org.partnernetwork.support.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database could not be reached: a restart, a network cut, a
 * pool that waited in vain for a connection. Such a request changed nothing, and the same
 * request will work once the pool has reconnected, so it is a 503 and not an incident.
 */
final class DatabaseFailures {

	/**
	 * SQLSTATE class 08: connection exception (SQL standard; MariaDB's driver uses it
	 * too).
	 */
	private static final String CONNECTION_EXCEPTION_CLASS = "08";

	/**
	 * What HikariCP's proxy says, without an SQLSTATE, once the pool has evicted a broken
	 * connection: seen when a statement failed with 08S01 and the rollback that followed
	 * replaced that exception.
	 */
	private static final String CLOSED_CONNECTION = "Connection is closed";

	private DatabaseFailures() {
	}

	static boolean isUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof SQLException sql && isConnectionLost(sql)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isConnectionLost(SQLException failure) {
		return failure.getSQLState() != null ? failure.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
				: CLOSED_CONNECTION.equals(failure.getMessage());
	}

}
