package org.partnernetwork.organisation.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One code of the network's service taxonomy, with its English and Khmer labels. */
@Entity
@Table(name = "service_type")
class ServiceTypeEntity {

	@Id
	private String code;

	private String labelEn;

	private String labelKm;

	private int sortOrder;

	protected ServiceTypeEntity() {
	}

	String code() {
		return code;
	}

	String labelEn() {
		return labelEn;
	}

	String labelKm() {
		return labelKm;
	}

}
