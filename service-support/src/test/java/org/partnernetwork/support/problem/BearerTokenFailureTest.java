package org.partnernetwork.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import tools.jackson.databind.json.JsonMapper;

/**
 * A token a service cannot check because it has no signing keys and Keycloak cannot be
 * reached is a 503 the client may retry; a token that is wrong stays a 401.
 */
class BearerTokenFailureTest {

	private final ProblemResponseWriter writer = new ProblemResponseWriter(new Problems(messages()),
			JsonMapper.builder().build());

	@Test
	void shouldAnswer503WhenTheKeysCannotBeFetched() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		writer.bearerTokenFailureHandler()
			.onAuthenticationFailure(new MockHttpServletRequest("GET", "/api/openings"), response,
					new AuthenticationServiceException("An error occurred while attempting to decode the Jwt",
							new JwtException("Couldn't retrieve remote JWK set: Connection refused")));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("urn:partner-network:problem:token-check-unavailable")
			.doesNotContain("Connection refused");
	}

	@Test
	void shouldKeepAnInvalidTokenA401() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		writer.bearerTokenFailureHandler()
			.onAuthenticationFailure(new MockHttpServletRequest("GET", "/api/openings"), response,
					new InvalidBearerTokenException("Jwt expired"));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
		assertThat(response.getContentAsString()).contains("urn:partner-network:problem:invalid-token");
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("problem-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
