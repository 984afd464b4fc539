package org.partnernetwork.portal.organisationadmin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.partnernetwork.portal.organisationadmin.Entries.Eligibility;
import org.partnernetwork.portal.organisationadmin.Entries.Offer;
import org.partnernetwork.portal.organisationadmin.EntryRequests.ServiceChange;
import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Text;
import org.partnernetwork.portal.web.Typed;

/**
 * A service as its organisation's admin adds or edits it: type, names, description, who
 * is eligible (ages in years, sex), languages, provinces served, capacity, and for an
 * edit the version it started from.
 */
public record ServiceForm(String serviceType, String nameEn, String nameKm, String descriptionEn, String descriptionKm,
		String minAge, String maxAge, String sex, List<String> languages, List<String> provinces, String capacityStatus,
		String version) implements PartForm {

	static final FormFields FIELDS = Fields.fields("serviceType", "nameEn", "nameKm", "descriptionEn", "descriptionKm",
			"minAge", "maxAge", "sex", "languages", "provinces", "capacityStatus");

	/** The languages always offered; a service's others are offered too. */
	static final List<String> LANGUAGES = List.of("km", "en", "fr", "vi", "th", "zh");

	static final List<String> SEXES = List.of("any", "female", "male");

	static final List<String> CAPACITIES = List.of("available", "waitlist", "full");

	public ServiceForm {
		minAge = Typed.number(minAge);
		maxAge = Typed.number(maxAge);
		languages = languages == null ? List.of() : languages;
		provinces = provinces == null ? List.of() : provinces;
	}

	static ServiceForm blank() {
		return new ServiceForm(null, null, null, null, null, null, null, "any", List.of("km"), List.of(), "available",
				null);
	}

	static ServiceForm from(Offer service) {
		Text name = service.name() == null ? new Text(null, null) : service.name();
		Text description = service.description() == null ? new Text(null, null) : service.description();
		Eligibility who = service.eligibility() == null ? new Eligibility(null, null, "any") : service.eligibility();
		return new ServiceForm(service.serviceType(), name.en(), name.km(), description.en(), description.km(),
				who.minAge() == null ? null : who.minAge().toString(),
				who.maxAge() == null ? null : who.maxAge().toString(), who.sex(), service.languages(),
				service.provinces(), service.capacityStatus(), String.valueOf(service.version()));
	}

	/** The same service with another capacity: what a quick capacity change sends. */
	static ServiceForm withCapacity(Offer service, String capacityStatus, String version) {
		ServiceForm form = from(service);
		return new ServiceForm(form.serviceType, form.nameEn, form.nameKm, form.descriptionEn, form.descriptionKm,
				form.minAge, form.maxAge, form.sex, form.languages, form.provinces, capacityStatus, version);
	}

	/** The languages the form offers: the usual ones, then any other the service has. */
	public List<String> languageChoices() {
		return Stream
			.concat(LANGUAGES.stream(), languages.stream().filter(code -> code != null && !LANGUAGES.contains(code)))
			.toList();
	}

	/**
	 * The fields the portal already knows to be wrong; {@code types} are the network's
	 * service types, if known.
	 */
	Set<String> invalidFields(Set<String> types, boolean editing) {
		Set<String> invalid = new LinkedHashSet<>();
		Fields.check(invalid, "serviceType", serviceType != null && serviceType.matches("[a-z][a-z-]{1,39}")
				&& (types.isEmpty() || types.contains(serviceType)));
		Fields.checkNames(invalid, nameEn, nameKm);
		Fields.checkDescriptions(invalid, descriptionEn, descriptionKm);
		Fields.check(invalid, "minAge", !Fields.present(minAge) || isAge(minAge));
		Fields.check(invalid, "maxAge", !Fields.present(maxAge)
				|| isAge(maxAge) && (!Fields.present(minAge) || !isAge(minAge) || age(minAge) <= age(maxAge)));
		Fields.check(invalid, "sex", sex != null && SEXES.contains(sex));
		Fields.check(invalid, "languages", !languages.isEmpty() && languages.size() <= 10
				&& languages.stream().allMatch(code -> code != null && code.matches("[a-z]{2,3}")));
		Fields.check(invalid, "provinces", !provinces.isEmpty()
				&& provinces.stream().allMatch(code -> code != null && code.matches(Fields.PROVINCE)));
		Fields.check(invalid, "capacityStatus", capacityStatus != null && CAPACITIES.contains(capacityStatus));
		Fields.checkVersion(invalid, editing, version);
		return invalid;
	}

	/** The texts as typed, for showing what was not saved after a conflict. */
	@Override
	public Map<String, String> texts() {
		Map<String, String> texts = Fields.texts(nameEn, nameKm, descriptionEn, descriptionKm);
		texts.put("minAge", minAge);
		texts.put("maxAge", maxAge);
		return texts;
	}

	/** organisation-service's service request; a new service has no version. */
	ServiceChange request(boolean editing) {
		var who = new Eligibility(Fields.present(minAge) ? age(minAge) : null,
				Fields.present(maxAge) ? age(maxAge) : null, sex);
		return new ServiceChange(serviceType, Fields.text(nameEn, nameKm), Fields.text(descriptionEn, descriptionKm),
				who, languages.stream().distinct().toList(), provinces.stream().distinct().toList(), capacityStatus,
				editing ? Fields.version(version) : null);
	}

	private static boolean isAge(String text) {
		return text.matches("\\d{1,3}") && age(text) <= 120;
	}

	private static int age(String text) {
		return Integer.parseInt(text.strip());
	}
}
