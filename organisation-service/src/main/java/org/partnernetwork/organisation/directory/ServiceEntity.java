package org.partnernetwork.organisation.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

/**
 * A service an organisation offers (HSDS "service"). Indexed for directory search
 * ({@link SearchFields}), with its organisation's names, slug and status.
 */
@Entity
@Table(name = "service")
@Indexed(index = "service")
class ServiceEntity {

	enum Sex {

		ANY, FEMALE, MALE

	}

	enum Capacity {

		AVAILABLE, WAITLIST, FULL

	}

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	@KeywordField(name = SearchFields.SORT_KEY, sortable = Sortable.YES)
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	@IndexedEmbedded(includePaths = { "status", SearchFields.NAME_SORT, "slugText", "nameEn", "nameEnPlain", "nameKm",
			"nameKmGrams", "nameKmShort" })
	private OrganisationEntity organisation;

	@KeywordField(aggregable = Aggregable.YES)
	private String serviceType;

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

	/**
	 * The organisation's English name, so that a page of services can be read in order
	 * from an index.
	 */
	// a renamed organisation updates all its services at once: ServiceRepository
	@Column(updatable = false)
	private String organisationNameEn;

	/** No lower bound is indexed as 0, so that "at most the child's age" finds it. */
	@GenericField(indexNullAs = "0")
	private Integer minAge;

	/** No upper bound is indexed as 1000, so that "at least the child's age" finds it. */
	@GenericField(indexNullAs = "1000")
	private Integer maxAge;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@KeywordField
	private Sex sexEligibility;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@KeywordField
	private Capacity capacityStatus;

	@ElementCollection
	@CollectionTable(name = "service_language", joinColumns = @JoinColumn(name = "service_id"))
	@Column(name = "language_code")
	@BatchSize(size = 100)
	@KeywordField
	private Set<String> languages = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "service_area", joinColumns = @JoinColumn(name = "service_id"))
	@Column(name = "province_code")
	@BatchSize(size = 100)
	@KeywordField
	private Set<String> provinces = new TreeSet<>();

	@ManyToMany
	@JoinTable(name = "service_at_location", joinColumns = @JoinColumn(name = "service_id"),
			inverseJoinColumns = @JoinColumn(name = "location_id"))
	@BatchSize(size = 100)
	private Set<LocationEntity> locations;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected ServiceEntity() {
	}

	ServiceEntity(OrganisationEntity organisation, DirectoryInputs.ServiceChange service, Instant now) {
		this.id = UUID.randomUUID();
		this.organisation = organisation;
		this.organisationNameEn = organisation.nameEn();
		this.createdAt = now;
		this.locations = new java.util.HashSet<>();
		change(service, now);
	}

	void change(DirectoryInputs.ServiceChange service, Instant now) {
		serviceType = service.serviceType();
		nameEn = service.name().en();
		nameKm = service.name().km();
		descriptionEn = service.description() == null ? null : service.description().en();
		descriptionKm = service.description() == null ? null : service.description().km();
		minAge = service.eligibility().minAge();
		maxAge = service.eligibility().maxAge();
		sexEligibility = Sex.valueOf(service.eligibility().sex().toUpperCase(java.util.Locale.ROOT));
		capacityStatus = Capacity.valueOf(service.capacityStatus().toUpperCase(java.util.Locale.ROOT));
		languages.clear();
		languages.addAll(service.languages());
		provinces.clear();
		provinces.addAll(service.provinces());
		updatedAt = now;
	}

	UUID id() {
		return id;
	}

	/**
	 * The age groups ({@link AgeGroups}) the service takes children of, counted by
	 * directory search.
	 */
	@KeywordField(aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "minAge")),
			@ObjectPath(@PropertyValue(propertyName = "maxAge")) })
	List<String> getAgeGroups() {
		return AgeGroups.of(minAge, maxAge);
	}

	OrganisationEntity organisation() {
		return organisation;
	}

	String serviceType() {
		return serviceType;
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

	Integer minAge() {
		return minAge;
	}

	Integer maxAge() {
		return maxAge;
	}

	Sex sexEligibility() {
		return sexEligibility;
	}

	Capacity capacityStatus() {
		return capacityStatus;
	}

	Set<String> languages() {
		return languages;
	}

	Set<String> provinces() {
		return provinces;
	}

	Set<LocationEntity> locations() {
		return locations;
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

}
