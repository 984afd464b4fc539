package org.partnernetwork.notification.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MailRepository extends JpaRepository<MailEntity, Long> {

	/**
	 * The oldest e-mails due now, locked for this sender: another instance's sender skips
	 * them (and takes others), so each is sent by one instance.
	 */
	@Query(value = """
			select * from outgoing_mail
			where state = 'PENDING' and next_attempt_at <= :now
			order by id limit :limit for update skip locked""", nativeQuery = true)
	List<MailEntity> claimDue(@Param("now") Instant now, @Param("limit") int limit);

	boolean existsByRecipientAndState(String recipient, MailState state);

}
