package org.partnernetwork.notification.preference;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a person wants no e-mail or Telegram message, in Cambodia's time (e.g. 21:00 to
 * 07:00, over midnight): a message due in them waits until they end.
 */
public record QuietHours(LocalTime from, LocalTime to) {

	/** Cambodia's time (UTC+7, no daylight saving). */
	public static final ZoneId CAMBODIA = ZoneId.of("Asia/Phnom_Penh");

	/** {@code now}, or the end of the quiet hours that {@code now} falls in. */
	public Instant release(Instant now) {
		ZonedDateTime local = now.atZone(CAMBODIA);
		LocalTime time = local.toLocalTime();
		boolean overMidnight = from.isAfter(to);
		boolean quiet = overMidnight ? !time.isBefore(from) || time.isBefore(to)
				: !time.isBefore(from) && time.isBefore(to);
		if (!quiet) {
			return now;
		}
		ZonedDateTime end = local.with(to).withSecond(0).withNano(0);
		return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
	}

}
