package org.partnernetwork.portal.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.partnernetwork.portal.web.DirectoryNames;
import org.partnernetwork.portal.web.Names.ServiceType;
import org.partnernetwork.portal.web.Names;
import org.partnernetwork.portal.web.ServiceCall.Caller;
import org.partnernetwork.portal.web.ServiceCall.Found;
import org.partnernetwork.portal.web.Text;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The directory's answer to {@link DirectoryNames}: its service types and its
 * organisations' names, for the other features' pages. When it cannot answer, the page
 * still shows, with codes and slugs as they are.
 */
@Component
class DirectoryNameSource implements DirectoryNames {

	private final DirectoryClient directory;

	DirectoryNameSource(DirectoryClient directory) {
		this.directory = directory;
	}

	@Override
	public Mono<Names> in(Locale locale, Caller caller) {
		return directory.serviceTypes(caller)
			.map(types -> new Names(locale,
					types instanceof Found<List<ServiceType>> found ? found.value() : List.of()));
	}

	@Override
	public Mono<Names> ofOrganisations(Locale locale, Caller caller) {
		return directory.organisationNames(caller)
			.map(names -> new Names(locale, List.of(),
					names instanceof Found<Map<String, Text>> found ? found.value() : Map.of()));
	}

	@Override
	public Mono<Optional<Ages>> ages(String organisation, String serviceType, Caller caller) {
		return directory.organisation(organisation, caller)
			.map(outcome -> outcome instanceof Found<Directory.Organisation> found && found.value().services() != null
					? found.value()
						.services()
						.stream()
						.filter(service -> serviceType.equals(service.serviceType()) && service.eligibility() != null)
						.map(service -> new Ages(
								service.eligibility().minAge() == null ? 0 : service.eligibility().minAge(),
								service.eligibility().maxAge()))
						.findFirst()
					: Optional.empty());
	}

	@Override
	public Mono<Names> withOrganisations(Locale locale, Caller caller) {
		return Mono.zip(directory.serviceTypes(caller), directory.organisationNames(caller))
			.map(answers -> new Names(locale,
					answers.getT1() instanceof Found<List<ServiceType>> types ? types.value() : List.of(),
					answers.getT2() instanceof Found<Map<String, Text>> names ? names.value() : Map.of()));
	}

}
