package org.partnernetwork.organisation.directory;

import java.time.Instant;
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
import org.hibernate.type.SqlTypes;

/** A service an organisation offers (HSDS "service"). */
@Entity
@Table(name = "service")
class ServiceEntity {

	enum Sex {

		ANY, FEMALE, MALE

	}

	enum Capacity {

		AVAILABLE, WAITLIST, FULL

	}

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private OrganisationEntity organisation;

	private String serviceType;

	private String nameEn;

	private String nameKm;

	private String descriptionEn;

	private String descriptionKm;

	/**
	 * The organisation's English name, so that a page of services can be read in order
	 * from an index.
	 */
	// a renamed organisation updates all its services at once: ServiceRepository
	@Column(updatable = false)
	private String organisationNameEn;

	/**
	 * The Khmer name and description as trigram words for the FULLTEXT index:
	 * {@link KhmerTrigrams}.
	 */
	@Column(columnDefinition = "text")
	private String khmerTrigrams;

	private Integer minAge;

	private Integer maxAge;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Sex sexEligibility;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Capacity capacityStatus;

	@ElementCollection
	@CollectionTable(name = "service_language", joinColumns = @JoinColumn(name = "service_id"))
	@Column(name = "language_code")
	@BatchSize(size = 100)
	private Set<String> languages = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "service_area", joinColumns = @JoinColumn(name = "service_id"))
	@Column(name = "province_code")
	@BatchSize(size = 100)
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
		khmerTrigrams = KhmerTrigrams.words(nameKm, descriptionKm);
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
