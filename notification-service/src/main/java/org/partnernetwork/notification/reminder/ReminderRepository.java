package org.partnernetwork.notification.reminder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReminderRepository extends JpaRepository<ReminderEntity, UUID> {

	/**
	 * The reminders due now, earliest first, locked for this run: another instance's run
	 * skips them (and takes others), so each is sent once.
	 */
	@Query(value = """
			select * from referral_reminder
			where state = 'PENDING' and due_at <= :now
			order by due_at, id limit :limit for update skip locked""", nativeQuery = true)
	List<ReminderEntity> claimDue(@Param("now") Instant now, @Param("limit") int limit);

	/** Ends a referral's reminders still waiting; answers how many. */
	@Modifying
	@Query("""
			update ReminderEntity r set r.state = org.partnernetwork.notification.reminder.ReminderState.ENDED,
			  r.doneAt = :now
			where r.referralId = :referral
			  and r.state = org.partnernetwork.notification.reminder.ReminderState.PENDING""")
	int endWaiting(@Param("referral") UUID referral, @Param("now") Instant now);

}
