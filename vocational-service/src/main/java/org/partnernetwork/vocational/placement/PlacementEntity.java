package org.partnernetwork.vocational.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partnernetwork.vocational.placement.PlacementCodes.Outcome;

/**
 * A seat requested for a young person, and its rules: every change of state goes through
 * {@link #apply}, which checks the side and the state. The case reference and note are
 * held sealed; they are opened only to answer the centre and the requesting organisation.
 */
@Entity
@Table(name = "placement")
class PlacementEntity {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID id;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID openingId;

	private String centre;

	private String requesterOrganisation;

	private String requesterContact;

	private String createdBy;

	@Column(name = "case_reference")
	private String sealedCaseReference;

	private int age;

	private String sex;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID referralId;

	@Column(name = "note")
	private String sealedNote;

	@Embedded
	private SeatConsent consent;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private PlacementStatus status;

	private LocalDate holdUntil;

	private String closureCode;

	private Instant createdAt;

	private Instant offeredAt;

	private Instant enrolledAt;

	private Instant closedAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected PlacementEntity() {
	}

	PlacementEntity(UUID id, NewPlacement request, Instant now) {
		this.id = id;
		this.openingId = request.openingId();
		this.centre = request.centre();
		this.requesterOrganisation = request.requesterOrganisation();
		this.requesterContact = request.requesterContact();
		this.createdBy = request.createdBy();
		this.sealedCaseReference = request.sealedCaseReference();
		this.age = request.age();
		this.sex = request.sex();
		this.referralId = request.referralId();
		this.sealedNote = request.sealedNote();
		this.consent = request.consent();
		this.status = PlacementStatus.REQUESTED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** What a new seat request is made of, its free text already sealed. */
	record NewPlacement(UUID openingId, String centre, String requesterOrganisation, String requesterContact,
			String createdBy, String sealedCaseReference, int age, String sex, UUID referralId, String sealedNote,
			SeatConsent consent) {
	}

	/** Which side of this placement an organisation is on, if any. */
	Side sideOf(String organisation) {
		if (centre.equals(organisation)) {
			return Side.CENTRE;
		}
		return requesterOrganisation.equals(organisation) ? Side.REQUESTER : null;
	}

	/**
	 * Takes an action for one side, or refuses: the wrong side, or a state the action
	 * cannot leave (or a hold that has not lapsed, for an expiry). {@code side} is null
	 * only for the platform's own action (expiry). Work (employed, self-employed, an
	 * apprenticeship) is not an outcome before the course has started:
	 * {@code courseStart} is the opening's start day, {@code today} the day in Phnom
	 * Penh. Seats are the caller's to take or free, in the same transaction.
	 */
	void apply(PlacementAction action, Side side, String code, LocalDate holdUntil, LocalDate today,
			LocalDate courseStart, Instant now) {
		if (side != null && action.side() != side) {
			throw WrongSideException.forAction(action.path());
		}
		if (!action.allowedFrom(status)) {
			throw InvalidTransitionException.of(action, status);
		}
		switch (action) {
			case OFFER -> {
				this.holdUntil = holdUntil;
				this.offeredAt = now;
			}
			case ENROL -> this.enrolledAt = now;
			case COMPLETE -> {
				if (Outcome.isWork(code) && today.isBefore(courseStart)) {
					throw CourseNotStartedException.of(courseStart);
				}
			}
			case EXPIRE -> {
				if (!isLapsed(today)) {
					throw InvalidTransitionException.of(action, status);
				}
			}
			default -> {
			}
		}
		status = action.target();
		if (status.isTerminal()) {
			closedAt = now;
			closureCode = action == PlacementAction.EXPIRE ? PlacementCodes.HOLD_LAPSED : code;
		}
		updatedAt = now;
	}

	/** An offer whose hold ran out: the seat was held until a day before today. */
	boolean isLapsed(LocalDate today) {
		return status == PlacementStatus.OFFERED && holdUntil != null && holdUntil.isBefore(today);
	}

	UUID id() {
		return id;
	}

	UUID openingId() {
		return openingId;
	}

	String centre() {
		return centre;
	}

	String requesterOrganisation() {
		return requesterOrganisation;
	}

	/** The Keycloak id of the coordinator who asked for the seat. */
	String createdBy() {
		return createdBy;
	}

	String requesterContact() {
		return requesterContact;
	}

	String sealedCaseReference() {
		return sealedCaseReference;
	}

	int age() {
		return age;
	}

	String sex() {
		return sex;
	}

	UUID referralId() {
		return referralId;
	}

	/**
	 * The consent the request was made under; null for requests made before it was asked.
	 */
	SeatConsent consent() {
		return consent;
	}

	String sealedNote() {
		return sealedNote;
	}

	PlacementStatus status() {
		return status;
	}

	LocalDate holdUntil() {
		return holdUntil;
	}

	String closureCode() {
		return closureCode;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant offeredAt() {
		return offeredAt;
	}

	Instant enrolledAt() {
		return enrolledAt;
	}

	Instant closedAt() {
		return closedAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}

}
