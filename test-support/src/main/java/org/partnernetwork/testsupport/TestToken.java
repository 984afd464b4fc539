package org.partnernetwork.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Builds a Keycloak-shaped access token; each setter is one way a test can make it wrong.
 */
public final class TestToken {

	private enum Signing {

		ISSUER_KEY, UNKNOWN_KEY, NONE, HS256_WITH_PUBLIC_KEY

	}

	private final RSAKey issuerKey;

	private String issuer;

	private String audience = TestIssuer.AUDIENCE;

	private String subject = UUID.randomUUID().toString();

	private String username = "test.user";

	private List<String> organisations = List.of();

	private List<String> roles = List.of();

	private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));

	private Instant notBefore;

	private String type = "Bearer";

	private Signing signing = Signing.ISSUER_KEY;

	private final Map<String, Object> otherClaims = new LinkedHashMap<>();

	TestToken(String issuer, RSAKey issuerKey) {
		this.issuer = issuer;
		this.issuerKey = issuerKey;
	}

	public TestToken user(DemoUser user) {
		username = user.username();
		subject = UUID.nameUUIDFromBytes(user.username().getBytes()).toString();
		organisations = user.organisation() == null ? List.of() : List.of(user.organisation());
		roles = user.roles();
		return this;
	}

	public TestToken username(String value) {
		username = value;
		return this;
	}

	public TestToken organisations(String... slugs) {
		organisations = List.of(slugs);
		return this;
	}

	public TestToken roles(String... values) {
		roles = List.of(values);
		return this;
	}

	public TestToken issuer(String value) {
		issuer = value;
		return this;
	}

	public TestToken audience(String value) {
		audience = value;
		return this;
	}

	public TestToken expiresAt(Instant value) {
		expiresAt = value;
		return this;
	}

	public TestToken notBefore(Instant value) {
		notBefore = value;
		return this;
	}

	/** Keycloak marks ID tokens {@code typ: ID}; access tokens are {@code Bearer}. */
	public TestToken type(String value) {
		type = value;
		return this;
	}

	/**
	 * Sets a claim, in place of the access token's own if it has one (an ID token's
	 * {@code nonce}, its {@code azp}).
	 */
	public TestToken claim(String name, Object value) {
		otherClaims.put(name, value);
		return this;
	}

	public TestToken signedWithUnknownKey() {
		signing = Signing.UNKNOWN_KEY;
		return this;
	}

	public TestToken unsigned() {
		signing = Signing.NONE;
		return this;
	}

	public TestToken hs256SignedWithPublicKey() {
		signing = Signing.HS256_WITH_PUBLIC_KEY;
		return this;
	}

	public String build() {
		JWTClaimsSet claims = claims();
		try {
			return switch (signing) {
				case ISSUER_KEY -> rs256(claims, issuerKey);
				case UNKNOWN_KEY -> rs256(claims, TestIssuer.newKey("unknown-key"));
				case NONE -> new PlainJWT(claims).serialize();
				case HS256_WITH_PUBLIC_KEY -> {
					var jwt = new SignedJWT(
							new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(issuerKey.getKeyID()).build(), claims);
					jwt.sign(new MACSigner(issuerKey.toRSAPublicKey().getEncoded()));
					yield jwt.serialize();
				}
			};
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String rs256(JWTClaimsSet claims, RSAKey key) throws JOSEException {
		var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
		var jwt = new SignedJWT(header, claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private JWTClaimsSet claims() {
		Instant now = Instant.now();
		var builder = new JWTClaimsSet.Builder().issuer(issuer)
			.audience(audience)
			.subject(subject)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now.isBefore(expiresAt) ? now : expiresAt.minusSeconds(300)))
			.expirationTime(Date.from(expiresAt))
			.claim("typ", type)
			.claim("azp", "partner-cli")
			.claim("preferred_username", username)
			.claim("realm_access", Map.of("roles", new ArrayList<>(roles)));
		if (!organisations.isEmpty()) {
			builder.claim("organization", new ArrayList<>(organisations));
		}
		if (notBefore != null) {
			builder.notBeforeTime(Date.from(notBefore));
		}
		otherClaims.forEach(builder::claim);
		return builder.build();
	}

}
