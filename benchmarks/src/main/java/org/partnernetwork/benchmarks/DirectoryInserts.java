package org.partnernetwork.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnernetwork.benchmarks.DirectoryGenerator.GeneratedOrganisation;
import org.partnernetwork.benchmarks.DirectoryGenerator.LocationRow;
import org.partnernetwork.benchmarks.DirectoryGenerator.OrganisationRow;
import org.partnernetwork.benchmarks.DirectoryGenerator.ServiceRow;

/**
 * One prepared insert per table, each flushed every {@value #BATCH} rows. Writes what
 * organisation-service itself would save with a row: the Khmer trigram words, and each
 * service's copy of its organisation's name.
 */
final class DirectoryInserts implements AutoCloseable {

	private static final int BATCH = 1000;

	private final PreparedStatement organisation;

	private final PreparedStatement location;

	private final PreparedStatement service;

	private final PreparedStatement language;

	private final PreparedStatement area;

	private final PreparedStatement serviceAtLocation;

	private final Map<PreparedStatement, Integer> pending = new LinkedHashMap<>();

	DirectoryInserts(Connection c) throws SQLException {
		organisation = c.prepareStatement("INSERT INTO organisation (id, slug, name_en, name_km, description_en, "
				+ "description_km, email, phone, website, status, last_verified_at, created_at, updated_at,"
				+ " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
		location = c.prepareStatement("INSERT INTO location (id, organisation_id, name_en, name_km, province_code, "
				+ "address, confidential) VALUES (?, ?, ?, ?, ?, ?, ?)");
		service = c.prepareStatement("INSERT INTO service (id, organisation_id, organisation_name_en, service_type, "
				+ "name_en, name_km, description_en, description_km, min_age, max_age, sex_eligibility, "
				+ "capacity_status, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
		language = c.prepareStatement("INSERT INTO service_language (service_id, language_code) VALUES (?, ?)");
		area = c.prepareStatement("INSERT INTO service_area (service_id, province_code) VALUES (?, ?)");
		serviceAtLocation = c
			.prepareStatement("INSERT INTO service_at_location (service_id, location_id) VALUES (?, ?)");
		List.of(organisation, location, service, language, area, serviceAtLocation).forEach(s -> pending.put(s, 0));
	}

	void add(GeneratedOrganisation generated) throws SQLException {
		OrganisationRow o = generated.organisation();
		set(organisation, o.id(), o.slug(), o.nameEn(), o.nameKm(), o.descriptionEn(), o.descriptionKm(), o.email(),
				o.phone(), o.website(), o.status(), o.lastVerifiedAt(), o.createdAt(), o.createdAt());
		for (LocationRow l : generated.locations()) {
			set(location, l.id(), l.organisationId(), l.nameEn(), l.nameKm(), l.provinceCode(), l.address(),
					l.confidential());
		}
		for (ServiceRow s : generated.services()) {
			set(service, s.id(), s.organisationId(), o.nameEn(), s.serviceType(), s.nameEn(), s.nameKm(),
					s.descriptionEn(), s.descriptionKm(), s.minAge(), s.maxAge(), s.sexEligibility(),
					s.capacityStatus(), s.createdAt(), s.createdAt());
			for (String code : s.languages()) {
				set(language, s.id(), code);
			}
			for (String code : s.provinces()) {
				set(area, s.id(), code);
			}
			set(serviceAtLocation, s.id(), s.locationId());
		}
	}

	private void set(PreparedStatement statement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			switch (values[i]) {
				case null -> statement.setNull(i + 1, Types.VARCHAR);
				case Instant instant -> statement.setTimestamp(i + 1, Timestamp.from(instant));
				case Integer number -> statement.setInt(i + 1, number);
				case Boolean flag -> statement.setBoolean(i + 1, flag);
				default -> statement.setString(i + 1, values[i].toString());
			}
		}
		statement.addBatch();
		int count = pending.merge(statement, 1, Integer::sum);
		if (count >= BATCH) {
			statement.executeBatch();
			pending.put(statement, 0);
		}
	}

	void flush() throws SQLException {
		for (PreparedStatement statement : pending.keySet()) {
			statement.executeBatch();
			pending.put(statement, 0);
		}
	}

	@Override
	public void close() throws SQLException {
		for (PreparedStatement statement : pending.keySet()) {
			statement.close();
		}
	}

}
