package org.partnernetwork.benchmarks;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * After loading: each Khmer search term must find through the API (the FULLTEXT index
 * over the trigram words the loader wrote) exactly as many services as a full
 * {@code LIKE} scan finds. A difference means the loader's {@link KhmerTrigramWords} no
 * longer match the service's, and the figures would be wrong.
 */
final class KhmerSearchCheck {

	private static final String LIKE_COUNT = "SELECT COUNT(*) FROM service s JOIN organisation o"
			+ " ON o.id = s.organisation_id WHERE o.status = 'ACTIVE' AND (s.name_km LIKE ? OR s.description_km LIKE ?)";

	private KhmerSearchCheck() {
	}

	static void verify(Api api, Connection db, String directUrl, String token, PrintStream out) throws SQLException {
		StringBuilder found = new StringBuilder();
		for (String term : Vocabulary.SEARCH_TERMS_KM) {
			long viaIndex = Api.json(api.get(
					URI.create(directUrl + "/api/services?size=1&q=" + URLEncoder.encode(term, StandardCharsets.UTF_8)),
					token))
				.get("totalItems")
				.asLong();
			long byScan = likeCount(db, term);
			if (viaIndex != byScan) {
				throw new BenchmarkException("Khmer search for " + term + " found " + viaIndex + " services through the"
						+ " trigram index but " + byScan + " by a LIKE scan: KhmerTrigramWords no longer writes what"
						+ " organisation-service's KhmerTrigrams does.");
			}
			found.append(found.isEmpty() ? "" : ", ").append(term).append(' ').append(viaIndex);
		}
		out.println("Khmer search through the trigram index finds what a LIKE scan finds: " + found);
	}

	private static long likeCount(Connection db, String term) throws SQLException {
		try (PreparedStatement count = db.prepareStatement(LIKE_COUNT)) {
			count.setString(1, "%" + term + "%");
			count.setString(2, "%" + term + "%");
			try (ResultSet rows = count.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

}
