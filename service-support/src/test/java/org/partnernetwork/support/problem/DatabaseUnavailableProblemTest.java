package org.partnernetwork.support.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database that cannot be reached (restarting, the pool waiting in vain, the connection
 * cut mid-query) answers 503 {@code database-unavailable} with {@code Retry-After}: the
 * client may try again, and nothing of the failure is shown. Anything else unexpected
 * stays a 500 incident.
 */
class DatabaseUnavailableProblemTest {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
		.setControllerAdvice(new GlobalProblemHandler(new Problems(messages())))
		.build();

	@ParameterizedTest
	@ValueSource(strings = { "no-transaction", "no-connection", "cut-mid-query", "cut-at-commit",
			"rollback-on-a-closed-connection" })
	void shouldAnswer503WhenTheDatabaseCannotBeReached(String failure) throws Exception {
		mvc.perform(get("/fail/" + failure))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("urn:partner-network:problem:database-unavailable"))
			.andExpect(jsonPath("$.title").value("Database unavailable"))
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("10.0.0.7"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "bug", "other-sql-error" })
	void shouldKeepOtherFailuresAnIncident(String failure) throws Exception {
		mvc.perform(get("/fail/" + failure))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.type").value("urn:partner-network:problem:internal-error"));
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("problem-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@RestController
	static class FailingController {

		@GetMapping("/fail/{failure}")
		String fail(@PathVariable String failure) {
			var lost = new SQLNonTransientConnectionException("Socket fail to connect to 10.0.0.7", "08000");
			throw switch (failure) {
				case "no-transaction" -> new CannotCreateTransactionException("Could not open JPA EntityManager",
						new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
				case "no-connection" -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", lost);
				case "cut-mid-query" ->
					new JpaSystemException(new RuntimeException("could not execute statement", lost));
				case "cut-at-commit" -> new TransactionSystemException("Could not commit JPA transaction", lost);
				case "rollback-on-a-closed-connection" ->
					new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
							new SQLException("Connection is closed")));
				case "other-sql-error" -> new JpaSystemException(new RuntimeException("could not execute statement",
						new SQLException("Unknown column 'x'", "42S22")));
				default -> new IllegalStateException("a bug");
			};
		}

	}

}
