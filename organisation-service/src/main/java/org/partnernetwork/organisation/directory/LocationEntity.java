package org.partnernetwork.organisation.directory;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where an organisation works. A confidential location (a shelter) shows its address only
 * to its own organisation.
 */
@Entity
@Table(name = "location")
class LocationEntity {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private OrganisationEntity organisation;

	private String nameEn;

	private String nameKm;

	private String provinceCode;

	private String address;

	private boolean confidential;

	@Version
	private long version;

	protected LocationEntity() {
	}

	LocationEntity(OrganisationEntity organisation, DirectoryInputs.LocationChange location) {
		this.id = UUID.randomUUID();
		this.organisation = organisation;
		change(location);
	}

	void change(DirectoryInputs.LocationChange location) {
		nameEn = location.name().en();
		nameKm = location.name().km();
		provinceCode = location.province();
		address = location.address();
		confidential = location.confidential();
	}

	UUID id() {
		return id;
	}

	String nameEn() {
		return nameEn;
	}

	String nameKm() {
		return nameKm;
	}

	String provinceCode() {
		return provinceCode;
	}

	String address() {
		return address;
	}

	boolean confidential() {
		return confidential;
	}

	long version() {
		return version;
	}

	OrganisationEntity organisation() {
		return organisation;
	}

}
