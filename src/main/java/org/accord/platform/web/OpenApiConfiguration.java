package org.accord.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API as api-v1.md does: bearer tokens from POST /api/v1/auth/token on every call. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI accordOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Accord API")
				.version("v1")
				.description("The JSON API of Accord, the multi-agency partnership platform. Errors are "
						+ "application/problem+json (RFC 9457) with an 'errors' list naming each field."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
