package org.partnernetwork.organisation.hsds;

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
 * HSDS is the directory's public face inside the platform: any signed-in user reads it,
 * nobody else.
 */
@WebMvcTest(HsdsController.class)
@ImportAutoConfiguration(ServiceSecurityAutoConfiguration.class)
@Import(DirectoryAuthorization.class)
class HsdsControllerSecurityTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	HsdsQueries queries;

	@ParameterizedTest(name = "GET {0} as {1} → {2}")
	@CsvSource({ "/api/hsds/organizations,                                      anonymous,     401",
			"/api/hsds/organizations,                                      coordinator,   200",
			"/api/hsds/organizations,                                      network-admin, 200",
			"/api/hsds/organizations/3f2504e0-4f89-41d3-9a0c-0305e82c3301, anonymous,     401",
			"/api/hsds/organizations/3f2504e0-4f89-41d3-9a0c-0305e82c3301, centre-staff,  200",
			"/api/hsds/services,                                           anonymous,     401",
			"/api/hsds/services,                                           supervisor,    200",
			"/api/hsds/services/3f2504e0-4f89-41d3-9a0c-0305e82c3301,      anonymous,     401",
			"/api/hsds/services/3f2504e0-4f89-41d3-9a0c-0305e82c3301,      org-admin,     200" })
	void shouldLetAnySignedInUserRead(String path, String role, int expected) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (!role.equals("anonymous")) {
			request.with(jwt()
				.jwt(token -> token.claim("preferred_username", "test.user")
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
