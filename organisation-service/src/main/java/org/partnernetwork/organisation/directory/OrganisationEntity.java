package org.partnernetwork.organisation.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

/**
 * An organisation of the directory. Indexed for directory search ({@link SearchFields}):
 * its names, slug, description and status, with its services nested (a search for
 * organisations with a matching service asks for one service matching every filter).
 */
@Entity
@Table(name = "organisation")
@Indexed(index = "organisation")
// a page of services loads its organisations in one query, not one each
@BatchSize(size = 100)
class OrganisationEntity {

	enum Status {

		ACTIVE, SUSPENDED

	}

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID id;

	@KeywordField(name = SearchFields.SORT_KEY, sortable = Sortable.YES)
	@FullTextField(name = "slugText", analyzer = SearchFields.WORDS)
	private String slug;

	@FullTextField(analyzer = SearchFields.ENGLISH)
	@FullTextField(name = "nameEnPlain", analyzer = SearchFields.WORDS)
	@KeywordField(name = SearchFields.NAME_SORT, normalizer = SearchFields.SORT, sortable = Sortable.YES)
	private String nameEn;

	@FullTextField(analyzer = SearchFields.WORDS)
	@FullTextField(name = "nameKmGrams", analyzer = SearchFields.KHMER_GRAMS)
	@FullTextField(name = "nameKmShort", analyzer = SearchFields.KHMER_SHORT,
			searchAnalyzer = SearchFields.KHMER_SHORT_QUERY)
	private String nameKm;

	@FullTextField(analyzer = SearchFields.ENGLISH)
	@FullTextField(name = "descriptionEnPlain", analyzer = SearchFields.WORDS)
	private String descriptionEn;

	@FullTextField(analyzer = SearchFields.WORDS)
	@FullTextField(name = "descriptionKmGrams", analyzer = SearchFields.KHMER_GRAMS)
	@FullTextField(name = "descriptionKmShort", analyzer = SearchFields.KHMER_SHORT,
			searchAnalyzer = SearchFields.KHMER_SHORT_QUERY)
	private String descriptionKm;

	private String email;

	private String phone;

	private String website;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@KeywordField
	private Status status;

	private Instant lastVerifiedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "organisation")
	@OrderBy("serviceType")
	@BatchSize(size = 100)
	@IndexedEmbedded(structure = ObjectStructure.NESTED,
			includePaths = { "serviceType", "provinces", "languages", "minAge", "maxAge", "sexEligibility",
					"capacityStatus", "ageGroups", "nameEn", "nameEnPlain", "nameKm", "nameKmGrams", "nameKmShort",
					"descriptionEn", "descriptionEnPlain", "descriptionKm", "descriptionKmGrams",
					"descriptionKmShort" })
	private List<ServiceEntity> services = new ArrayList<>();

	@OneToMany(mappedBy = "organisation")
	@OrderBy("nameEn")
	@BatchSize(size = 100)
	private List<LocationEntity> locations = new ArrayList<>();

	protected OrganisationEntity() {
	}

	static OrganisationEntity onboard(DirectoryInputs.NewOrganisation entry, Instant now) {
		var organisation = new OrganisationEntity();
		organisation.id = UUID.randomUUID();
		organisation.slug = entry.slug();
		organisation.status = Status.ACTIVE;
		organisation.createdAt = now;
		organisation.describe(entry.name(), entry.description(), entry.contact(), now);
		return organisation;
	}

	UUID id() {
		return id;
	}

	String slug() {
		return slug;
	}

	String nameEn() {
		return nameEn;
	}

	String nameKm() {
		return nameKm;
	}

	String descriptionEn() {
		return descriptionEn;
	}

	String descriptionKm() {
		return descriptionKm;
	}

	String email() {
		return absentIfBlank(email);
	}

	String phone() {
		return absentIfBlank(phone);
	}

	String website() {
		return absentIfBlank(website);
	}

	Status status() {
		return status;
	}

	Instant lastVerifiedAt() {
		return lastVerifiedAt;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}

	List<ServiceEntity> services() {
		return services;
	}

	List<LocationEntity> locations() {
		return locations;
	}

	boolean isActive() {
		return status == Status.ACTIVE;
	}

	void change(DirectoryInputs.OrganisationChange change, Instant now) {
		describe(change.name(), change.description(), change.contact(), now);
	}

	private void describe(DirectoryInputs.Text name, DirectoryInputs.LongText description,
			DirectoryInputs.Contact contact, Instant now) {
		nameEn = name.en();
		nameKm = name.km();
		descriptionEn = description == null ? null : description.en();
		descriptionKm = description == null ? null : description.km();
		email = contact == null ? null : absentIfBlank(contact.email());
		phone = contact == null ? null : absentIfBlank(contact.phone());
		website = contact == null ? null : absentIfBlank(contact.website());
		updatedAt = now;
	}

	/** Suspended: hidden from search, and other services refuse new referrals to it. */
	void suspend(Instant now) {
		status = Status.SUSPENDED;
		updatedAt = now;
	}

	void reactivate(Instant now) {
		status = Status.ACTIVE;
		updatedAt = now;
	}

	/** The organisation's admin confirms the entry is true as of now. */
	void confirm(Instant now) {
		lastVerifiedAt = now;
		updatedAt = now;
	}

	/**
	 * A contact left empty is no contact: read back as absent, so an entry read and
	 * written back is accepted.
	 */
	private static String absentIfBlank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
