package org.partnernetwork.portal.training;

import java.util.Locale;

import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * {@link TrainingNames} that know the directory's organisations, for pages that show
 * centres and requesters.
 */
@Component
class TrainingDirectory {

	private final DirectoryNames directory;

	TrainingDirectory(DirectoryNames directory) {
		this.directory = directory;
	}

	Mono<TrainingNames> names(Locale locale, Caller caller) {
		return directory.ofOrganisations(locale, caller).map(TrainingNames::new);
	}

}
