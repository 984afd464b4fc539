package org.partnernetwork.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.function.BiConsumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * A stand-in for Keycloak's token endpoint side in service integration tests: serves a
 * real JWK set over HTTP and signs real RS256 tokens with the matching private key. One
 * per test JVM.
 */
public final class TestIssuer {

	public static final String AUDIENCE = "partner-network-api";

	private static final String REALM_PATH = "/realms/partner-network";

	private static TestIssuer shared;

	private final WireMockServer server;

	private final RSAKey signingKey;

	private TestIssuer(WireMockServer server, RSAKey signingKey) {
		this.server = server;
		this.signingKey = signingKey;
	}

	public static synchronized TestIssuer shared() {
		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	private static TestIssuer start() {
		RSAKey key = newKey("test-key");
		var server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		String issuer = "http://localhost:" + server.port() + REALM_PATH;
		server.stubFor(get(urlEqualTo(REALM_PATH + "/protocol/openid-connect/certs"))
			.willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
		server.stubFor(get(urlEqualTo(REALM_PATH + "/.well-known/openid-configuration")).willReturn(okJson("""
				{"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
				 "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
				 "token_endpoint":"%1$s/protocol/openid-connect/token",
				 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}
				""".formatted(issuer))));
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return new TestIssuer(server, key);
	}

	static RSAKey newKey(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String issuerUri() {
		return "http://localhost:" + server.port() + REALM_PATH;
	}

	public String jwkSetUri() {
		return issuerUri() + "/protocol/openid-connect/certs";
	}

	/**
	 * Points a resource server at this issuer: keys, issuer and audience checks as in
	 * production.
	 */
	public void register(BiConsumer<String, Object> properties) {
		properties.accept("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuerUri());
		properties.accept("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri());
		properties.accept("spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
	}

	/**
	 * A builder for a valid access token of this issuer; change it to make it invalid.
	 */
	public TestToken token() {
		return new TestToken(issuerUri(), signingKey);
	}

	public String tokenFor(DemoUser user) {
		return token().user(user).build();
	}

	/** A token the service itself would get with client credentials. */
	public String serviceToken(String clientId) {
		return token().username("service-account-" + clientId).roles("service").build();
	}

}
