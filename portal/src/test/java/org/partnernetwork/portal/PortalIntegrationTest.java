package org.partnernetwork.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOAuth2Client;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The portal's pages as an application serves them to a signed-in person (sophea.aple of
 * APLE, an OIDC login with her access token in the session): {@link PortalTestHost} here,
 * the gateway in production. WireMock stands in for organisation-service,
 * referral-service, vocational-service and notification-service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PortalIntegrationTest {

	/** Her access token: it must reach the directory, and never a page. */
	protected static final String ACCESS_TOKEN = "eyJ.sophea-access-token.sig";

	protected static final String ID_TOKEN = "eyJ.sophea-id-token.sig";

	/**
	 * Shared by the page tests, which share one application context; it stops with the
	 * test JVM.
	 */
	protected static final WireMockServer directory = started();

	protected static final WireMockServer referrals = started();

	protected static final WireMockServer vocational = started();

	protected static final WireMockServer notifications = started();

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ReactiveClientRegistrationRepository registrations;

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		registry.add("ORGANISATION_SERVICE_URL", directory::baseUrl);
		registry.add("REFERRAL_SERVICE_URL", referrals::baseUrl);
		registry.add("VOCATIONAL_SERVICE_URL", vocational::baseUrl);
		registry.add("NOTIFICATION_SERVICE_URL", notifications::baseUrl);
		registry.add("partner-network.portal.timeout", () -> "2s");
	}

	private static WireMockServer started() {
		var server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		return server;
	}

	/**
	 * The first pages of a cold test JVM (Thymeleaf, the web client, Jackson, each
	 * stand-in's first answer) can take longer than the 2 s the tests give the services
	 * on a busy machine: a page that asks each stand-in is drawn once before the first
	 * test, and forgotten by the stand-ins.
	 */
	private static final AtomicBoolean warm = new AtomicBoolean();

	@BeforeEach
	void directoryAnswers() {
		if (warm.compareAndSet(false, true)) {
			List.of("/find", "/referrals", "/training").forEach(page -> signedIn().get().uri(page).exchange());
		}
		directory.resetAll();
		referrals.resetAll();
		vocational.resetAll();
		notifications.resetAll();
		directory.stubFor(get(urlEqualTo("/api/service-types")).willReturn(okJson(fixture("service-types.json"))));
	}

	/**
	 * A browser signed in as sophea.aple of APLE, a coordinator, her tokens in the
	 * session.
	 */
	protected WebTestClient signedIn() {
		return signedInAs("sophea.aple", "Sophea Chan", "aple", "coordinator");
	}

	/**
	 * A browser signed in as this person of this organisation (none: {@code null}) with
	 * these realm roles; the access token in the session is always {@link #ACCESS_TOKEN}.
	 */
	protected WebTestClient signedInAs(String username, String name, String organisation, String... roles) {
		var registration = registrations.findByRegistrationId("keycloak").block();
		Instant now = Instant.now();
		var idToken = OidcIdToken.withTokenValue(ID_TOKEN)
			.subject("3f6c1c52-" + username)
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.claim("preferred_username", username)
			.claim("name", name)
			.claim("organization", organisation == null ? List.of() : List.of(organisation))
			.claim("realm_access", Map.of("roles", List.of(roles)))
			.build();
		var person = new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), idToken,
				"preferred_username");
		return signedOut()
			.mutateWith(mockOAuth2Client().clientRegistration(registration)
				.principalName(username)
				.accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, ACCESS_TOKEN, now,
						now.plusSeconds(300))))
			.mutateWith(mockOidcLogin().clientRegistration(registration).oidcUser(person));
	}

	protected WebTestClient signedOut() {
		return WebTestClient.bindToApplicationContext(context)
			.apply(springSecurity())
			.configureClient()
			.defaultHeader("Accept", MediaType.TEXT_HTML_VALUE)
			.build();
	}

	/**
	 * A page's HTML as the browser reads it: entities unescaped, white space collapsed.
	 */
	protected static String html(WebTestClient.ResponseSpec response) {
		byte[] body = response.expectBody().returnResult().getResponseBody();
		return body == null ? ""
				: HtmlUtils.htmlUnescape(new String(body, StandardCharsets.UTF_8)).replaceAll("\\s+", " ");
	}

	protected static String fixture(String name) {
		try {
			return new ClassPathResource("fixtures/" + name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
