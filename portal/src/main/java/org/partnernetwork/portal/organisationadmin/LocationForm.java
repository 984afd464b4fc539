package org.partnernetwork.portal.organisationadmin;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.partnernetwork.portal.organisationadmin.Entries.Place;
import org.partnernetwork.portal.organisationadmin.EntryRequests.LocationChange;
import org.partnernetwork.portal.web.FormFields;
import org.partnernetwork.portal.web.Text;

/**
 * A place the organisation works, as its admin adds or edits it: names, province,
 * address, whether it is confidential (a shelter: its address is shown only to the
 * organisation's own staff), and an edit's version.
 */
public record LocationForm(String nameEn, String nameKm, String province, String address, String confidential,
		String version) implements PartForm {

	static final FormFields FIELDS = Fields.fields("nameEn", "nameKm", "province", "address");

	static final int ADDRESS = 300;

	static LocationForm blank() {
		return new LocationForm(null, null, null, null, null, null);
	}

	static LocationForm from(Place location) {
		Text name = location.name() == null ? new Text(null, null) : location.name();
		return new LocationForm(name.en(), name.km(), location.province(), location.address(),
				location.confidential() ? "yes" : null, String.valueOf(location.version()));
	}

	public boolean isConfidential() {
		return "yes".equals(confidential);
	}

	Set<String> invalidFields(boolean editing) {
		Set<String> invalid = new LinkedHashSet<>();
		Fields.checkNames(invalid, nameEn, nameKm);
		Fields.check(invalid, "province", province != null && province.matches(Fields.PROVINCE));
		Fields.check(invalid, "address", Fields.within(address, ADDRESS));
		Fields.checkVersion(invalid, editing, version);
		return invalid;
	}

	/** The texts as typed, for showing what was not saved after a conflict. */
	@Override
	public Map<String, String> texts() {
		Map<String, String> texts = Fields.texts(nameEn, nameKm);
		texts.put("address", address);
		return texts;
	}

	/** organisation-service's location request; a new location has no version. */
	LocationChange request(boolean editing) {
		return new LocationChange(Fields.text(nameEn, nameKm), province, Fields.value(address), isConfidential(),
				editing ? Fields.version(version) : null);
	}
}
