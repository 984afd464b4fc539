package org.partnernetwork.organisation.search;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnernetwork.organisation.config.DirectoryAuthorization;
import org.partnernetwork.support.security.ServiceSecurityAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Finding help is for every signed-in user, with or without an organisation; nobody else.
 */
@WebMvcTest(SearchController.class)
@ImportAutoConfiguration(ServiceSecurityAutoConfiguration.class)
@Import(DirectoryAuthorization.class)
class SearchControllerSecurityTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DirectorySearch search;

	@ParameterizedTest(name = "GET {0} as {1} → {2}")
	@CsvSource({ "/api/organisations, anonymous,     401", "/api/organisations, coordinator,   200",
			"/api/organisations, network-admin, 200", "/api/services,      anonymous,     401",
			"/api/services,      coordinator,   200", "/api/services,      centre-staff,  200" })
	void shouldLetAnySignedInUserSearch(String path, String role, int expected) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (!role.equals("anonymous")) {
			request.with(jwt()
				.jwt(token -> token.claim("preferred_username", "test.user")
					.claim("organization", List.of("aple"))
					.claim("realm_access", Map.of("roles", List.of(role))))
				.authorities(new SimpleGrantedAuthority("ROLE_" + role)));
		}

		var result = mvc.perform(request).andExpect(status().is(expected));

		if (expected == 401) {
			result.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.type").value("urn:partner-network:problem:unauthenticated"));
		}
	}

}
