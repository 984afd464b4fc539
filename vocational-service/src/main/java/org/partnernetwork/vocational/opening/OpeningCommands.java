package org.partnernetwork.vocational.opening;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.partnernetwork.support.domain.Conflict;
import org.partnernetwork.support.domain.InvalidField;
import org.partnernetwork.support.security.CurrentUser;
import org.partnernetwork.vocational.client.organisation.CentreCheck;
import org.partnernetwork.vocational.opening.OpeningInputs.OpeningRequest;
import org.partnernetwork.vocational.opening.OpeningViews.OpeningView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A centre posting, editing and closing its own openings. Posting asks
 * organisation-service first, outside any transaction, whether the centre may offer
 * training, and saves nothing if it cannot say. Another centre's opening answers 404 to a
 * change, as if it were not there.
 */
@Service
class OpeningCommands {

	private final OpeningRepository openings;

	private final CentreCheck centreCheck;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OpeningCommands(OpeningRepository openings, CentreCheck centreCheck, TransactionTemplate transaction, Clock clock) {
		this.openings = openings;
		this.centreCheck = centreCheck;
		this.transaction = transaction;
		this.clock = clock;
	}

	OpeningView post(OpeningRequest request, CurrentUser user, String bearerToken) {
		String centre = user.actingOrganisation();
		if (request.version() != null) {
			throw InvalidField.of("version", "is given by the platform, not when posting");
		}
		OpeningTerms terms = OpeningTerms.of(request, CambodianDates.today(clock), null);
		centreCheck.check(centre, bearerToken);
		Instant now = clock.instant();
		return transaction.execute(status -> OpeningMapper
			.view(openings.saveAndFlush(new OpeningEntity(UUID.randomUUID(), centre, terms, user.userId(), now))));
	}

	OpeningView edit(UUID id, OpeningRequest request, CurrentUser user) {
		if (request.version() == null) {
			throw InvalidField.of("version", "must be the version you last read");
		}
		return transaction.execute(status -> {
			OpeningEntity opening = ownForUpdate(id, user);
			if (opening.version() != request.version()) {
				throw Conflict.concurrentUpdate();
			}
			opening.edit(OpeningTerms.of(request, CambodianDates.today(clock), opening.terms()), clock.instant());
			openings.flush();
			return OpeningMapper.view(opening);
		});
	}

	OpeningView close(UUID id, CurrentUser user) {
		return transaction.execute(status -> {
			OpeningEntity opening = ownForUpdate(id, user);
			opening.close(clock.instant());
			openings.flush();
			return OpeningMapper.view(opening);
		});
	}

	/**
	 * The caller's centre's own opening, locked: its seats cannot move while it is
	 * changed.
	 */
	private OpeningEntity ownForUpdate(UUID id, CurrentUser user) {
		String centre = user.actingOrganisation();
		return openings.findForUpdate(id)
			.filter(opening -> opening.belongsTo(centre))
			.orElseThrow(() -> OpeningNotFoundException.forId(id));
	}

}
