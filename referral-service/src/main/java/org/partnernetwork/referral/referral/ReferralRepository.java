package org.partnernetwork.referral.referral;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReferralRepository extends JpaRepository<ReferralEntity, UUID> {

	/**
	 * What needs the organisation first: overdue answers, then what waits for it, then by
	 * deadline, newest first.
	 */
	String BOX_ORDER = """
			order by case when r.status = org.partnernetwork.referral.referral.ReferralStatus.REQUESTED and r.answerDueAt <= :now then 0 else 1 end,
			         case when r.status in :needsAction then 0 else 1 end,
			         case when r.answerDueAt is null then 1 else 0 end, r.answerDueAt, r.updatedAt desc, r.id""";

	String INCOMING = """
			from ReferralEntity r where r.receiverOrganisation = :organisation and r.offPlatform = false
			  and r.status <> org.partnernetwork.referral.referral.ReferralStatus.DRAFT and r.sentAt is not null
			  and r.status in :statuses""";

	String OUTGOING = "from ReferralEntity r where r.senderOrganisation = :organisation and r.status in :statuses";

	@Query(value = "select r " + INCOMING + " " + BOX_ORDER, countQuery = "select count(r) " + INCOMING)
	Page<ReferralEntity> incoming(@Param("organisation") String organisation,
			@Param("statuses") Collection<ReferralStatus> statuses,
			@Param("needsAction") Collection<ReferralStatus> needsAction, @Param("now") Instant now, Pageable page);

	@Query(value = "select r " + OUTGOING + " " + BOX_ORDER, countQuery = "select count(r) " + OUTGOING)
	Page<ReferralEntity> outgoing(@Param("organisation") String organisation,
			@Param("statuses") Collection<ReferralStatus> statuses,
			@Param("needsAction") Collection<ReferralStatus> needsAction, @Param("now") Instant now, Pageable page);

	@Query("select r.id from ReferralEntity r where r.status = org.partnernetwork.referral.referral.ReferralStatus.REQUESTED and r.answerDueAt <= :now")
	List<UUID> dueForExpiry(@Param("now") Instant now);

}
