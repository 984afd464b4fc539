package org.partnernetwork.vocational.opening;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnernetwork.vocational.opening.OpeningViews.OpeningSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What placements need from openings: whether a young person may ask for a seat, what to
 * show of an opening, and its seats. A seat is taken or freed by one conditional UPDATE
 * of the opening's row in the caller's transaction, so held plus enrolled never exceeds
 * the seats, however many ask at once.
 */
@Component
public class Openings {

	private final OpeningRepository openings;

	Openings(OpeningRepository openings) {
		this.openings = openings;
	}

	/**
	 * The opening a young person may ask a seat on: none there, or refused saying what
	 * does not fit.
	 */
	@Transactional(readOnly = true)
	public OpeningSummary admit(UUID openingId, int age, String sex, LocalDate today) {
		OpeningEntity opening = openings.findById(openingId)
			.orElseThrow(() -> OpeningNotFoundException.forId(openingId));
		opening.admit(age, sex, today);
		return OpeningMapper.summary(opening);
	}

	@Transactional(readOnly = true)
	public OpeningSummary summary(UUID openingId) {
		return openings.findById(openingId)
			.map(OpeningMapper::summary)
			.orElseThrow(() -> OpeningNotFoundException.forId(openingId));
	}

	@Transactional(readOnly = true)
	public Map<UUID, OpeningSummary> summaries(Collection<UUID> openingIds) {
		return openings.findAllById(openingIds)
			.stream()
			.map(OpeningMapper::summary)
			.collect(Collectors.toMap(OpeningSummary::id, Function.identity()));
	}

	/** Takes a seat if one is free; answers whether it did. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean takeSeat(UUID openingId) {
		return openings.takeSeat(openingId.toString()) == 1;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void freeSeat(UUID openingId) {
		if (openings.freeSeat(openingId.toString()) != 1) {
			throw new IllegalStateException("Opening " + openingId + " had no seat taken to free");
		}
	}

}
