package org.partnernetwork.referral.referral;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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
			  and r.status <> org.partnernetwork.referral.referral.ReferralStatus.DRAFT and r.sentAt is not null""";

	String OUTGOING = "from ReferralEntity r where r.senderOrganisation = :organisation ";

	/**
	 * A box's filters: its statuses, a kind (null: any), only the overdue, and a case
	 * reference's keyed hashes (unless {@code anyReference}).
	 */
	String FILTERS = """
			and r.status in :statuses
			and (:kind is null or r.kind = :kind)
			and (:overdueOnly = false or (r.status = org.partnernetwork.referral.referral.ReferralStatus.REQUESTED and r.answerDueAt <= :now))
			and (:anyReference = true or r.caseReferenceLookup in :lookups)""";

	@Query(value = "select r " + INCOMING + " " + FILTERS + " " + BOX_ORDER,
			countQuery = "select count(r) " + INCOMING + " " + FILTERS)
	Page<ReferralEntity> incoming(@Param("organisation") String organisation,
			@Param("statuses") Collection<ReferralStatus> statuses, @Param("kind") ReferralKind kind,
			@Param("overdueOnly") boolean overdueOnly, @Param("anyReference") boolean anyReference,
			@Param("lookups") Collection<String> lookups, @Param("needsAction") Collection<ReferralStatus> needsAction,
			@Param("now") Instant now, Pageable page);

	@Query(value = "select r " + OUTGOING + " " + FILTERS + " " + BOX_ORDER,
			countQuery = "select count(r) " + OUTGOING + " " + FILTERS)
	Page<ReferralEntity> outgoing(@Param("organisation") String organisation,
			@Param("statuses") Collection<ReferralStatus> statuses, @Param("kind") ReferralKind kind,
			@Param("overdueOnly") boolean overdueOnly, @Param("anyReference") boolean anyReference,
			@Param("lookups") Collection<String> lookups, @Param("needsAction") Collection<ReferralStatus> needsAction,
			@Param("now") Instant now, Pageable page);

	@Query("select count(r) " + INCOMING + " " + FILTERS)
	long countIncoming(@Param("organisation") String organisation,
			@Param("statuses") Collection<ReferralStatus> statuses, @Param("kind") ReferralKind kind,
			@Param("overdueOnly") boolean overdueOnly, @Param("anyReference") boolean anyReference,
			@Param("lookups") Collection<String> lookups, @Param("now") Instant now);

	@Query("select count(r) " + OUTGOING + " " + FILTERS)
	long countOutgoing(@Param("organisation") String organisation,
			@Param("statuses") Collection<ReferralStatus> statuses, @Param("kind") ReferralKind kind,
			@Param("overdueOnly") boolean overdueOnly, @Param("anyReference") boolean anyReference,
			@Param("lookups") Collection<String> lookups, @Param("now") Instant now);

	/** Referrals whose case reference has no keyed hash yet (made before it was kept). */
	@Query("select r from ReferralEntity r where r.caseReferenceLookup is null and r.sealedCaseReference is not null")
	List<ReferralEntity> notIndexed(Pageable page);

	/** Sets the keyed hash alone: not a change of the referral (its version stays). */
	@Modifying
	@Query("update ReferralEntity r set r.caseReferenceLookup = :lookup where r.id = :id")
	int index(@Param("id") UUID id, @Param("lookup") String lookup);

	@Query("select r.id from ReferralEntity r where r.status = org.partnernetwork.referral.referral.ReferralStatus.REQUESTED and r.answerDueAt <= :now")
	List<UUID> dueForExpiry(@Param("now") Instant now);

}
