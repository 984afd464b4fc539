package org.partnernetwork.e2e;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;

/**
 * The attacks on a bearer token, each made from a real access token: one claim changed
 * under a trusted signature, no signature, a signature the platform must not accept, or a
 * token of the wrong kind.
 */
final class ForgedTokens {

	private ForgedTokens() {
	}

	/**
	 * Each attack changes one thing of the control token, or is a token of the wrong
	 * kind.
	 */
	static Map<String, Supplier<String>> attacks(TrustedKey trusted, String accessToken, String idToken) {
		Instant now = Instant.now();
		Map<String, Supplier<String>> attacks = new LinkedHashMap<>();
		attacks.put("expired two minutes ago",
				() -> trusted.resign(accessToken, claims -> claims.issueTime(Date.from(now.minusSeconds(420)))
					.expirationTime(Date.from(now.minusSeconds(120)))));
		attacks.put("not valid before ten minutes from now",
				() -> trusted.resign(accessToken, claims -> claims.notBeforeTime(Date.from(now.plusSeconds(600)))));
		attacks.put("issued by another realm of the same Keycloak", () -> trusted.resign(accessToken,
				claims -> claims.issuer(RunningPlatform.urls().keycloak() + "/realms/master")));
		attacks.put("for another audience", () -> trusted.resign(accessToken, claims -> claims.audience("account")));
		attacks.put("an ID token's type (typ ID) with every other claim valid",
				() -> trusted.resign(accessToken, claims -> claims.claim("typ", "ID")));
		attacks.put("alg none",
				() -> new PlainJWT(TrustedKey.claimsOf(trusted.resign(accessToken, claims -> claims))).serialize());
		attacks.put("HS256 with the realm's RSA public key as the HMAC secret",
				() -> hs256WithRealmKey(trusted, accessToken));
		attacks.put("signed by an unknown key with an unknown kid",
				() -> TrustedKey.sign(TrustedKey.claimsOf(trusted.resign(accessToken, claims -> claims)),
						TrustedKey.generate("unknown-key")));
		attacks.put("signed by an unknown key under the trusted key's kid",
				() -> TrustedKey.sign(TrustedKey.claimsOf(trusted.resign(accessToken, claims -> claims)),
						TrustedKey.generate(trusted.kid())));
		attacks.put("a real access token with network-admin added to its roles", () -> tampered(accessToken));
		attacks.put("a real Keycloak ID token", () -> idToken);
		return attacks;
	}

	private static String hs256WithRealmKey(TrustedKey trusted, String accessToken) {
		String realmKid = header(accessToken).getKeyID();
		JsonNode realmKey = KeycloakAdmin.publishedKeys()
			.stream()
			.filter(jwk -> jwk.get("kid").asString().equals(realmKid))
			.findFirst()
			.orElseThrow();
		try {
			byte[] secret = new RSAKey.Builder(new Base64URL(realmKey.get("n").asString()),
					new Base64URL(realmKey.get("e").asString()))
				.build()
				.toRSAPublicKey()
				.getEncoded();
			var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(realmKid).build(),
					TrustedKey.claimsOf(trusted.resign(accessToken, claims -> claims)));
			jwt.sign(new MACSigner(secret));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Keycloak's own signature, over claims that no longer match it. */
	private static String tampered(String accessToken) {
		String[] parts = accessToken.split("\\.");
		JWTClaimsSet claims = TrustedKey.claimsOf(accessToken);
		Object roles = List.of("coordinator", "network-admin");
		JWTClaimsSet escalated = new JWTClaimsSet.Builder(claims).claim("realm_access", Map.of("roles", roles)).build();
		return parts[0] + "." + Base64URL.encode(escalated.toString()) + "." + parts[2];
	}

	static JWSHeader header(String token) {
		try {
			return SignedJWT.parse(token).getHeader();
		}
		catch (java.text.ParseException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
