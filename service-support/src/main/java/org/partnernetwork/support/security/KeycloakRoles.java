package org.partnernetwork.support.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Maps Keycloak realm roles ({@code realm_access.roles}) to {@code ROLE_*} authorities.
 */
public final class KeycloakRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	static Set<String> of(Jwt jwt) {
		if (!(jwt.getClaims().get("realm_access") instanceof Map<?, ?> realmAccess)
				|| !(realmAccess.get("roles") instanceof Collection<?> roles)) {
			return Set.of();
		}
		return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		var authorities = of(jwt).stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
		String name = jwt.getClaimAsString("preferred_username");
		return new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject());
	}

}
