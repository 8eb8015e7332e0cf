package org.accord.sharing.internal;

import java.util.ArrayList;
import java.util.Arrays;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In the OpenAPI document a {@link PersonAccess} parameter is what the client sends: the person's id in
 * the path. The access decision behind it is the server's business.
 */
@Configuration(proxyBeanMethods = false)
class PersonAccessDocumentation {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(PersonAccess.class);
	}

	@Bean
	OperationCustomizer personIdPathParameter() {
		return (operation, handler) -> {
			Arrays.stream(handler.getMethodParameters())
				.filter(p -> p.getParameterType().equals(PersonAccess.class))
				.findFirst()
				.ifPresent(p -> {
					PersonId named = p.getParameterAnnotation(PersonId.class);
					add(operation, named == null ? "id" : named.value());
				});
			return operation;
		};
	}

	private static void add(Operation operation, String name) {
		if (operation.getParameters() == null) {
			operation.setParameters(new ArrayList<>());
		}
		if (operation.getParameters().stream().noneMatch(p -> name.equals(p.getName()) && "path".equals(p.getIn()))) {
			operation.getParameters().add(0, new Parameter().in("path").name(name).required(true)
				.description("The person's id; a person you may not know of answers 404")
				.schema(new StringSchema().format("uuid")));
		}
	}

}
