package org.partnernetwork.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.partnernetwork.testsupport.DemoUser;

/**
 * Who knocks in the access tests: the six demo users with Keycloak's own tokens, and
 * three people the demo realm lacks, with tokens signed by the suite's
 * {@link TrustedKey}: the org admin and supervisor of tdh-nl (so the directory entry of
 * tdh-nl has an owner to be wrong against), a centre's staff member at another
 * organisation than the one that posted an opening, and someone in two organisations with
 * every role, who must be refused whatever is organisation-scoped (DESIGN: the platform
 * never guesses which organisation acts). Tokens are made again when they are two minutes
 * old.
 */
final class Callers {

	static final String SOPHEA = DemoUser.SOPHEA.username();

	static final String SOKHA = DemoUser.SOKHA.username();

	static final String DARA = DemoUser.DARA.username();

	static final String VANNA = DemoUser.VANNA.username();

	static final String RITHY = DemoUser.RITHY.username();

	static final String ADMIN = DemoUser.ADMIN_NETWORK.username();

	static final String TDH_ADMIN = "admin.tdh (forged)";

	static final String OTHER_CENTRE = "staff.myc (forged)";

	static final String TWO_ORGANISATIONS = "member of aple and tdh-nl (forged)";

	/** Keycloak's access tokens live five minutes; these are made again well before. */
	private static final Duration FRESH_FOR = Duration.ofMinutes(2);

	private static Map<String, String> tokens;

	private static Instant madeAt;

	private Callers() {
	}

	/** Every caller's name and token, demo users first. */
	static synchronized Map<String, String> all() {
		if (tokens == null || madeAt.isBefore(Instant.now().minus(FRESH_FOR))) {
			Map<String, String> made = new LinkedHashMap<>();
			for (DemoUser user : DemoUser.values()) {
				made.put(user.username(), RunningPlatform.passwordGrant(user));
			}
			TrustedKey key = TrustedKey.get();
			made.put(TDH_ADMIN, key.persona("e2e-admin-tdh-" + UUID.randomUUID(), "tdh-nl", "org-admin", "supervisor"));
			made.put(OTHER_CENTRE, key.persona("e2e-staff-myc-" + UUID.randomUUID(), "mekong-youth", "centre-staff"));
			made.put(TWO_ORGANISATIONS, key.persona("e2e-two-organisations-" + UUID.randomUUID(),
					List.of("aple", "tdh-nl"), List.of("coordinator", "supervisor", "org-admin", "centre-staff")));
			tokens = Collections.unmodifiableMap(made);
			madeAt = Instant.now();
		}
		return tokens;
	}

	static String token(String caller) {
		return all().get(caller);
	}

	static List<String> names() {
		return List.copyOf(all().keySet());
	}

}
