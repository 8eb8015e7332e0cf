package org.accord.sharing.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.accord.platform.security.CurrentUser;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Turns the person id in a handler's path into a {@link PersonAccess}, through the access policy: the
 * one way in for every page and API route about a person. {@code PersonRoutesTests} fails for any handler
 * with a person id in its path that takes it some other way.
 */
@Configuration(proxyBeanMethods = false)
class PersonAccessResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final AccessPolicy policy;

	PersonAccessResolver(AccessPolicy policy) {
		this.policy = policy;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PersonAccess.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
			WebDataBinderFactory binderFactory) {
		PersonId annotation = parameter.getParameterAnnotation(PersonId.class);
		String name = annotation == null ? "id" : annotation.value();
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		@SuppressWarnings("unchecked")
		Map<String,
				String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String raw = variables == null ? null : variables.get(name);
		UUID id;
		try {
			id = UUID.fromString(raw);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new MethodArgumentTypeMismatchException(raw, UUID.class, name, parameter, ex);
		}
		Purpose purpose = annotation != null && annotation.purpose().length > 0 ? annotation.purpose()[0]
				: "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? Purpose.VIEW : Purpose.CHANGE;
		return policy.open(CurrentUser.require(), id, purpose, annotation != null && annotation.write());
	}

}
