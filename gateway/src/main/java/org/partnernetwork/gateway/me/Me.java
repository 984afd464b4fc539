package org.partnernetwork.gateway.me;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who the caller is, as the services will see them: read from the access token that
 * reaches them. {@code organisation} is set only when the token names exactly one
 * organisation.
 */
public record Me(String userId, String username, String name, String organisation, List<String> organisations,
		List<String> roles, String signedInWith, Instant tokenExpiresAt) {

	static Me from(Jwt token, String signedInWith) {
		List<String> organisations = strings(token.getClaims().get("organization"));
		Object realmAccess = token.getClaims().get("realm_access");
		List<String> roles = realmAccess instanceof Map<?, ?> access ? strings(access.get("roles")) : List.of();
		return new Me(token.getSubject(), token.getClaimAsString("preferred_username"), token.getClaimAsString("name"),
				organisations.size() == 1 ? organisations.get(0) : null, organisations,
				roles.stream()
					.filter(role -> !role.startsWith("default-roles-") && !role.equals("offline_access")
							&& !role.equals("uma_authorization"))
					.sorted()
					.toList(),
				signedInWith, token.getExpiresAt());
	}

	private static List<String> strings(Object claim) {
		return switch (claim) {
			case Collection<?> values -> values.stream().map(String::valueOf).sorted().toList();
			case Map<?, ?> map -> map.keySet().stream().map(String::valueOf).sorted().toList();
			case null, default -> List.of();
		};
	}
}
