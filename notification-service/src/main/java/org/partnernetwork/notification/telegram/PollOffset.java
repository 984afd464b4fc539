package org.partnernetwork.notification.telegram;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The first update the bot has not read yet ({@code telegram_poll}): kept in the
 * database, so a restart or another instance goes on where the last reading stopped.
 */
@Component
class PollOffset {

	private final JdbcTemplate jdbc;

	PollOffset(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long next() {
		Long offset = jdbc.queryForObject("select next_offset from telegram_poll where id = 1", Long.class);
		return offset == null ? 0 : offset;
	}

	void moveTo(long offset) {
		jdbc.update("update telegram_poll set next_offset = ? where id = 1", offset);
	}

}
