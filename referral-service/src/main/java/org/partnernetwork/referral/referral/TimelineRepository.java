package org.partnernetwork.referral.referral;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineRepository extends JpaRepository<TimelineEntryEntity, Long> {

	List<TimelineEntryEntity> findByReferralIdOrderByIdAsc(UUID referralId);

	boolean existsByPartnerEventId(UUID partnerEventId);

}
