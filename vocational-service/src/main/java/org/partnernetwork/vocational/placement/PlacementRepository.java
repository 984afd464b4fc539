package org.partnernetwork.vocational.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlacementRepository extends JpaRepository<PlacementEntity, UUID> {

	@Query("""
			select p from PlacementEntity p where p.centre = :organisation and p.status in :statuses
			order by p.updatedAt desc, p.id""")
	Page<PlacementEntity> incoming(@Param("organisation") String organisation,
			@Param("statuses") Collection<PlacementStatus> statuses, Pageable page);

	@Query("""
			select p from PlacementEntity p where p.requesterOrganisation = :organisation and p.status in :statuses
			order by p.updatedAt desc, p.id""")
	Page<PlacementEntity> outgoing(@Param("organisation") String organisation,
			@Param("statuses") Collection<PlacementStatus> statuses, Pageable page);

	/** Offers whose seat was held until a day before {@code today}. */
	@Query("""
			select p.id from PlacementEntity p where p.status = org.partnernetwork.vocational.placement.PlacementStatus.OFFERED
			  and p.holdUntil < :today order by p.holdUntil, p.id""")
	List<UUID> lapsedHolds(@Param("today") LocalDate today);

	@Query("""
			select p from PlacementEntity p where p.status = org.partnernetwork.vocational.placement.PlacementStatus.OFFERED
			  and p.openingId = :openingId and p.holdUntil < :today order by p.holdUntil, p.id""")
	List<PlacementEntity> lapsedHoldsOn(@Param("openingId") UUID openingId, @Param("today") LocalDate today);

	/**
	 * A centre's placements counted by state and closure code, for its outcome summary.
	 */
	@Query("""
			select new org.partnernetwork.vocational.placement.PlacementRepository$Tally(p.status, p.closureCode, count(p))
			from PlacementEntity p where p.centre = :centre group by p.status, p.closureCode""")
	List<Tally> tally(@Param("centre") String centre);

	/**
	 * The seat requests an organisation made, counted by state and closure code, for its
	 * outcome summary.
	 */
	@Query("""
			select new org.partnernetwork.vocational.placement.PlacementRepository$Tally(p.status, p.closureCode, count(p))
			from PlacementEntity p where p.requesterOrganisation = :organisation group by p.status, p.closureCode""")
	List<Tally> tallyRequested(@Param("organisation") String organisation);

	record Tally(PlacementStatus status, String closureCode, long count) {
	}

	/** How many seat requests are in this state (for the metrics). */
	long countByStatus(PlacementStatus status);

}
