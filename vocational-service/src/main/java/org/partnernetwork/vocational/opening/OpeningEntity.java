package org.partnernetwork.vocational.opening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.partnernetwork.support.domain.Conflict;
import org.partnernetwork.support.domain.FieldError;
import org.partnernetwork.support.domain.RuleViolation;

/**
 * A centre's opening and its rules. {@code seatsTaken} (held plus enrolled) is never
 * written from here: only the conditional updates of {@link OpeningRepository} change it,
 * in the placement's transaction.
 */
@Entity
@Table(name = "opening")
class OpeningEntity {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID id;

	private String centre;

	@Embedded
	private OpeningTerms terms;

	@Column(insertable = false, updatable = false)
	private int seatsTaken;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private OpeningStatus status;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant closedAt;

	@Version
	private long version;

	protected OpeningEntity() {
	}

	OpeningEntity(UUID id, String centre, OpeningTerms terms, String createdBy, Instant now) {
		this.id = id;
		this.centre = centre;
		this.terms = terms;
		this.status = OpeningStatus.OPEN;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** New terms for an open opening; never fewer seats than are held or taken now. */
	void edit(OpeningTerms newTerms, Instant now) {
		requireOpen();
		if (newTerms.seats() < seatsTaken) {
			throw Conflict.of("seats-taken", seatsTaken);
		}
		this.terms = newTerms;
		this.updatedAt = now;
	}

	void close(Instant now) {
		requireOpen();
		status = OpeningStatus.CLOSED;
		closedAt = now;
		updatedAt = now;
	}

	/**
	 * Whether a young person may ask for a seat now: open, before the deadline, and
	 * fitting age and sex.
	 */
	void admit(int age, String sex, LocalDate today) {
		if (status != OpeningStatus.OPEN) {
			throw RuleViolation.of("opening-closed");
		}
		List<FieldError> misfits = terms.misfits(age, sex, today);
		if (!misfits.isEmpty()) {
			throw RuleViolation.of("not-eligible", misfits);
		}
	}

	private void requireOpen() {
		if (status != OpeningStatus.OPEN) {
			throw Conflict.of("opening-closed");
		}
	}

	boolean belongsTo(String organisation) {
		return centre.equals(organisation);
	}

	int seatsFree() {
		return terms.seats() - seatsTaken;
	}

	UUID id() {
		return id;
	}

	String centre() {
		return centre;
	}

	OpeningTerms terms() {
		return terms;
	}

	int seatsTaken() {
		return seatsTaken;
	}

	OpeningStatus status() {
		return status;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Instant closedAt() {
		return closedAt;
	}

	long version() {
		return version;
	}

}
