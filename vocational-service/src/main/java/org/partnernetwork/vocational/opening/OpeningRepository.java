package org.partnernetwork.vocational.opening;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OpeningRepository extends JpaRepository<OpeningEntity, UUID> {

	/**
	 * The opening, its row locked until the transaction ends: read fresh, and no seat
	 * moves meanwhile.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from OpeningEntity o where o.id = :id")
	Optional<OpeningEntity> findForUpdate(@Param("id") UUID id);

	/**
	 * Takes one seat if one is free; answers 1 if it did, 0 if none was. One statement,
	 * so a concurrent twin waits on the row and then sees this seat gone.
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "update opening set seats_taken = seats_taken + 1 where id = :id and seats_taken < seats",
			nativeQuery = true)
	int takeSeat(@Param("id") String id);

	@Modifying(flushAutomatically = true)
	@Query(value = "update opening set seats_taken = seats_taken - 1 where id = :id and seats_taken > 0",
			nativeQuery = true)
	int freeSeat(@Param("id") String id);

	/**
	 * Open, still taking requests, and fitting each criterion given (age and sex:
	 * {@code Eligibility}'s rule).
	 */
	String SEARCH = """
			from OpeningEntity o where o.status = org.partnernetwork.vocational.opening.OpeningStatus.OPEN
			  and o.terms.applicationDeadline >= :today
			  and (:trade is null or o.terms.trade = :trade)
			  and (:province is null or o.terms.province = :province)
			  and (:age is null or (o.terms.minAge <= :age and o.terms.maxAge >= :age))
			  and (:sex is null or o.terms.sex = 'any' or o.terms.sex = :sex)
			  and (:startsFrom is null or o.terms.startDate >= :startsFrom)
			  and (:centre is null or o.centre = :centre)""";

	@Query(value = "select o " + SEARCH + " order by o.terms.startDate, o.id", countQuery = "select count(o) " + SEARCH)
	Page<OpeningEntity> search(@Param("today") LocalDate today, @Param("trade") String trade,
			@Param("province") String province, @Param("age") Integer age, @Param("sex") String sex,
			@Param("startsFrom") LocalDate startsFrom, @Param("centre") String centre, Pageable page);

	/** A centre's own openings, open or closed, newest start first. */
	Page<OpeningEntity> findByCentreOrderByTermsStartDateDescIdAsc(String centre, Pageable page);

}
