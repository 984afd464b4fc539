package org.partnernetwork.organisation.hsds;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.data.domain.Page;

/**
 * What the HSDS endpoints answer, named as the Open Referral HSDS 3.0 schemas name it
 * (snake_case, absent rather than null). Only fields the directory can fill honestly are
 * here. Names are given by {@code @JsonProperty}, which the OpenAPI document (springdoc)
 * reads as well as Jackson.
 */
final class HsdsViews {

	private HsdsViews() {
	}

	/**
	 * HSDA's {@code Page}: {@code page_number} is 1-based and {@code size} counts what
	 * this page holds.
	 */
	record ResultPage<T>(@JsonProperty("total_items") long totalItems, @JsonProperty("total_pages") int totalPages,
			@JsonProperty("page_number") int pageNumber, int size, @JsonProperty("first_page") boolean firstPage,
			@JsonProperty("last_page") boolean lastPage, boolean empty, List<T> contents) {

		static <E, T> ResultPage<T> of(Page<E> page, Function<E, T> mapper) {
			return new ResultPage<>(page.getTotalElements(), page.getTotalPages(), page.getNumber() + 1,
					page.getNumberOfElements(), page.isFirst(), page.isLast(), !page.hasContent(),
					page.getContent().stream().map(mapper).toList());
		}
	}

	/** {@code organization_list.json}: the one-to-one fields of an organization. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record OrganizationSummary(UUID id, String name, @JsonProperty("alternate_name") String alternateName,
			String description, String email, String website) {
	}

	/** {@code organization.json}. */
	record Organization(@JsonUnwrapped OrganizationSummary summary, List<Phone> phones, List<Location> locations,
			@JsonProperty("organization_identifiers") List<OrganizationIdentifier> organizationIdentifiers,
			List<Service> services) {
	}

	/**
	 * {@code service_list.json}; {@code organization} is left out where the service is
	 * nested in its organization.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ServiceSummary(UUID id, @JsonProperty("organization_id") UUID organizationId, String name,
			@JsonProperty("alternate_name") String alternateName, String description, String email, String status,
			String alert, @JsonProperty("eligibility_description") String eligibilityDescription,
			@JsonProperty("minimum_age") Integer minimumAge, @JsonProperty("maximum_age") Integer maximumAge,
			@JsonProperty("assured_date") String assuredDate, @JsonProperty("last_modified") String lastModified,
			OrganizationSummary organization) {

		ServiceSummary withoutOrganization() {
			return new ServiceSummary(id, organizationId, name, alternateName, description, email, status, alert,
					eligibilityDescription, minimumAge, maximumAge, assuredDate, lastModified, null);
		}
	}

	/** {@code service.json}. */
	record Service(@JsonUnwrapped ServiceSummary summary, @JsonProperty("service_areas") List<ServiceArea> serviceAreas,
			@JsonProperty("service_at_locations") List<ServiceAtLocation> serviceAtLocations, List<Language> languages,
			List<Attribute> attributes) {
	}

	record ServiceAtLocation(UUID id, @JsonProperty("service_id") UUID serviceId,
			@JsonProperty("location_id") UUID locationId, Location location) {
	}

	/** A physical location; confidential ones (shelters) never become one. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Location(UUID id, @JsonProperty("location_type") String locationType,
			@JsonProperty("organization_id") UUID organizationId, String name,
			@JsonProperty("alternate_name") String alternateName, List<Address> addresses) {
	}

	/**
	 * HSDS requires {@code city} and {@code postal_code}; the directory keeps neither
	 * apart, so they are empty.
	 */
	record Address(UUID id, @JsonProperty("location_id") UUID locationId, @JsonProperty("address_1") String address1,
			String city, @JsonProperty("state_province") String stateProvince,
			@JsonProperty("postal_code") String postalCode, String country,
			@JsonProperty("address_type") String addressType) {
	}

	record Phone(UUID id, @JsonProperty("organization_id") UUID organizationId, String number) {
	}

	record OrganizationIdentifier(UUID id, @JsonProperty("organization_id") UUID organizationId,
			@JsonProperty("identifier_type") String identifierType, String identifier) {
	}

	record Language(UUID id, @JsonProperty("service_id") UUID serviceId, String name, String code) {
	}

	record ServiceArea(UUID id, @JsonProperty("service_id") UUID serviceId, String name, List<Attribute> attributes) {
	}

	/** Links an entity ({@code link_entity}, {@code link_id}) to a taxonomy term. */
	record Attribute(UUID id, @JsonProperty("link_id") UUID linkId, @JsonProperty("link_entity") String linkEntity,
			@JsonProperty("taxonomy_term_id") UUID taxonomyTermId,
			@JsonProperty("taxonomy_term") TaxonomyTerm taxonomyTerm) {
	}

	record TaxonomyTerm(UUID id, String code, String name, String description, String taxonomy,
			@JsonProperty("taxonomy_id") UUID taxonomyId, @JsonProperty("taxonomy_detail") Taxonomy taxonomyDetail,
			String language) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Taxonomy(UUID id, String name, String description, String uri) {
	}

}
