package org.partnernetwork.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.partnernetwork.support.security.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * The OpenAPI document names the service and says every operation needs a Keycloak bearer
 * token. The signed-in user is resolved from that token, so it is no parameter: without
 * this, every case endpoint declared a required query parameter {@code user} (or
 * {@code admin}, {@code supervisor}, …) that a client generated from the document would
 * have to invent.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	OpenAPI partnerNetworkOpenApi(@Value("${spring.application.name}") String service) {
		return new OpenAPI()
			.info(new Info().title("Partner Network – " + service)
				.version("v1")
				.description("Through the gateway at /api/**. Errors are RFC 9457 Problem Details."))
			.components(new Components().addSecuritySchemes("keycloak",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("An access token of the partner-network realm")))
			.addSecurityItem(new SecurityRequirement().addList("keycloak"));
	}

}
