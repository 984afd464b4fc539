package org.partnernetwork.organisation.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnernetwork.organisation.config.DirectoryAuthorization;
import org.partnernetwork.support.security.ServiceSecurityAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may call which directory endpoint: 401 without a token, 403 without the role, else
 * through. The search's lists are in {@code search.SearchControllerSecurityTest}.
 */
@WebMvcTest({ OrganisationController.class, OrganisationAdminController.class })
@ImportAutoConfiguration(ServiceSecurityAutoConfiguration.class)
@Import(DirectoryAuthorization.class)
class OrganisationControllerSecurityTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DirectoryQueries queries;

	@MockitoBean
	DirectoryCommands commands;

	@MockitoBean
	OfferingCommands offerings;

	@ParameterizedTest(name = "{0} {1} as {2} → {3}")
	@CsvSource({ "GET,  /api/organisations/aple,         anonymous,             401",
			"GET,  /api/organisations/aple,         centre-staff,          200",
			"GET,  /api/service-types,              anonymous,             401",
			"GET,  /api/service-types,              coordinator,           200",
			"POST, /api/organisations/aple/confirm, anonymous,             401",
			"POST, /api/organisations/aple/confirm, coordinator,           403",
			"POST, /api/organisations/aple/confirm, supervisor,            403",
			"POST, /api/organisations/aple/confirm, network-admin,         403",
			"POST, /api/organisations/aple/confirm, org-admin,             200",
			"POST, /api/organisations/aple/suspend, anonymous,             401",
			"POST, /api/organisations/aple/suspend, org-admin,             403",
			"POST, /api/organisations/aple/suspend, network-admin,         200",
			"POST, /api/organisations/aple/reactivate, coordinator,        403",
			"PUT,  /api/organisations/aple,         anonymous,             401",
			"PUT,  /api/organisations/aple,         coordinator,           403",
			"PUT,  /api/organisations/aple,         network-admin,         403",
			"POST, /api/organisations/aple/services, supervisor,           403",
			"POST, /api/organisations/aple/locations, centre-staff,        403",
			"POST, /internal/organisations/aple,    coordinator,           403" })
	void shouldAllowOnlyWhatTheRoleAllows(String method, String path, String role, int expected) throws Exception {
		MockHttpServletRequestBuilder request = switch (method) {
			case "GET" -> get(path);
			case "PUT" -> put(path).contentType("application/json").content("{}");
			default -> post(path).contentType("application/json").content("{}");
		};
		if (!role.equals("anonymous")) {
			request.with(token(role));
		}

		var result = mvc.perform(request).andExpect(status().is(expected));

		if (expected >= 400) {
			result.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.type").value(expected == 401 ? "urn:partner-network:problem:unauthenticated"
						: "urn:partner-network:problem:forbidden"));
		}
	}

	private static RequestPostProcessor token(String... roles) {
		return jwt()
			.jwt(token -> token.claim("preferred_username", "test.user")
				.claim("organization", List.of("aple"))
				.claim("realm_access", Map.of("roles", List.of(roles))))
			.authorities(Arrays.stream(roles)
				.map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
				.toList());
	}

}
