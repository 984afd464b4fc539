package org.partnernetwork.e2e;

import java.math.BigInteger;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.partnernetwork.testsupport.HttpApi.Response;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * An RSA key this suite generated and registered in the realm as a key provider, below
 * Keycloak's own priority so that Keycloak keeps signing with its own key. Once the realm
 * publishes it, the gateway and the services trust it: a token it signs has a valid
 * signature, so a refusal can only come from a claim. One per JVM, registered on first
 * use.
 */
final class TrustedKey {

	/** Keycloak's generated key has priority 100; ours stays below it. */
	private static final int PRIORITY = 10;

	private static TrustedKey registered;

	private final RSAKey key;

	private TrustedKey(RSAKey key) {
		this.key = key;
	}

	static synchronized TrustedKey get() {
		if (registered == null) {
			registered = register();
		}
		return registered;
	}

	private static TrustedKey register() {
		RSAKey generated = generate("suite");
		String pem = Base64.getEncoder().encodeToString(toPkcs8(generated));
		KeycloakAdmin admin = new KeycloakAdmin();
		Response created = admin.post("/components", """
				{"name": "e2e-attack-suite-key", "providerId": "rsa", "providerType": "org.keycloak.keys.KeyProvider",
				 "parentId": "%s",
				 "config": {"privateKey": ["%s"], "priority": ["%d"], "active": ["true"], "enabled": ["true"],
				            "algorithm": ["RS256"]}}""".formatted(admin.realmId(), pem, PRIORITY));
		if (created.status() != 201) {
			throw new IllegalStateException(
					"Keycloak refused the key provider: " + created.status() + " " + created.body());
		}
		BigInteger modulus = generated.getModulus().decodeToBigInteger();
		var published = Deadline
			.poll(Duration.ofSeconds(30),
					() -> KeycloakAdmin.publishedKeys()
						.stream()
						.filter(jwk -> jwk.has("n")
								&& new Base64URL(jwk.get("n").asString()).decodeToBigInteger().equals(modulus))
						.findFirst(),
					Optional::isPresent)
			.orElseThrow(() -> new IllegalStateException("The realm did not publish the registered key within 30 s"));
		String kid = published.get("kid").asString();
		return new TrustedKey(new RSAKey.Builder(generated).keyID(kid).build());
	}

	/** The key id under which the realm publishes this key. */
	String kid() {
		return key.getKeyID();
	}

	/**
	 * The claims of a real access token, freshly timed (issued now, valid five minutes),
	 * changed by {@code change} and signed with this key: the control token when nothing
	 * is changed.
	 */
	String resign(String realAccessToken, UnaryOperator<JWTClaimsSet.Builder> change) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder(claimsOf(realAccessToken)).issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString());
		return sign(change.apply(claims).build(), key);
	}

	/**
	 * A made-up user, signed with this key: the claims Keycloak would put into their
	 * access token.
	 */
	String persona(String subject, String organisation, String... roles) {
		return persona(subject, organisation == null ? List.of() : List.of(organisation), List.of(roles));
	}

	/** A made-up user of any number of organisations. */
	String persona(String subject, List<String> organisations, List<String> roles) {
		Instant now = Instant.now();
		var claims = new JWTClaimsSet.Builder().issuer(RunningPlatform.urls().realm())
			.audience(List.of("partner-network-api", "account"))
			.subject(subject)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
			.jwtID(UUID.randomUUID().toString())
			.claim("typ", "Bearer")
			.claim("azp", "partner-cli")
			.claim("preferred_username", subject)
			.claim("realm_access", Map.of("roles", roles));
		if (!organisations.isEmpty()) {
			claims.claim("organization", organisations);
		}
		return sign(claims.build(), key);
	}

	static JWTClaimsSet claimsOf(String token) {
		try {
			return SignedJWT.parse(token).getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Not a signed JWT", ex);
		}
	}

	static String sign(JWTClaimsSet claims, RSAKey signingKey) {
		var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
			.type(JOSEObjectType.JWT)
			.build();
		var jwt = new SignedJWT(header, claims);
		try {
			jwt.sign(new RSASSASigner(signingKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	static RSAKey generate(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] toPkcs8(RSAKey rsa) {
		try {
			return rsa.toRSAPrivateKey().getEncoded();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
