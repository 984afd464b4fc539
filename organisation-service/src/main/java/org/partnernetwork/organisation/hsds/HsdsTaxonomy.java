package org.partnernetwork.organisation.hsds;

import java.util.UUID;

import org.partnernetwork.organisation.directory.DirectoryViews.ServiceTypeView;
import org.partnernetwork.organisation.hsds.HsdsViews.Attribute;
import org.partnernetwork.organisation.hsds.HsdsViews.Taxonomy;
import org.partnernetwork.organisation.hsds.HsdsViews.TaxonomyTerm;

/**
 * The two code lists the directory publishes as HSDS taxonomies, linked through
 * {@code attributes}: the network's service types (on each service) and ISO 3166-2:KH
 * provinces (on each service area).
 */
final class HsdsTaxonomy {

	static final Taxonomy SERVICE_TYPES = new Taxonomy(HsdsIds.of("taxonomy", "service-types"),
			"Partner Network service types",
			"The kinds of child-protection service offered in the Partner Network directory of Cambodia.", null);

	static final Taxonomy PROVINCES = new Taxonomy(HsdsIds.of("taxonomy", "iso-3166-2-kh"), "ISO 3166-2:KH",
			"The provinces of Cambodia and its capital, Phnom Penh, by their ISO 3166-2 codes.",
			"https://www.iso.org/obp/ui/#iso:code:3166:KH");

	private HsdsTaxonomy() {
	}

	/**
	 * The service's type as a term of the network's taxonomy; the term's description
	 * carries the Khmer label.
	 */
	static Attribute serviceType(UUID serviceId, ServiceTypeView type) {
		String label = type.label().en();
		var term = new TaxonomyTerm(HsdsIds.of("term", "service-type", type.code()), type.code(), label,
				label + " (Khmer: " + type.label().km() + ")", SERVICE_TYPES.name(), SERVICE_TYPES.id(), SERVICE_TYPES,
				"en");
		return attribute(serviceId, "service", term);
	}

	/** The province a service area covers, as an ISO 3166-2 term. */
	static Attribute province(UUID serviceAreaId, String code) {
		String name = HsdsProvinces.name(code);
		var term = new TaxonomyTerm(HsdsIds.of("term", "province", code), code, name,
				name + ", Cambodia (ISO 3166-2 " + code + ")", "ISO 3166-2", PROVINCES.id(), PROVINCES, "en");
		return attribute(serviceAreaId, "service_area", term);
	}

	private static Attribute attribute(UUID linkId, String linkEntity, TaxonomyTerm term) {
		return new Attribute(HsdsIds.of("attribute", linkEntity, linkId, term.id()), linkId, linkEntity, term.id(),
				term);
	}

}
