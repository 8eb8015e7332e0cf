package org.accord.platform.corpus;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.accord.support.Routes;

import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One operation the application answers, read from its handler mappings with what it reads from a request:
 * the type of its JSON body, and the names and types of its query or form parameters (a form-backing
 * object's writable properties included). A new handler is in the corpus the day it is written.
 */
record Operation(Routes.Route route, String handler, Type body, List<Param> params, String upload) {

	/** A query or form parameter: its name as sent and the Java type it binds to. */
	record Param(String name, Type type) {
	}

	boolean get() {
		return route.method().equals("GET");
	}

	boolean api() {
		return route.api();
	}

	@Override
	public String toString() {
		return route.toString();
	}

	static List<Operation> all(ApplicationContext context) {
		List<Operation> operations = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						Routes.Route route = new Routes.Route(method.name(), pattern);
						if (operations.stream().noneMatch(o -> o.route().equals(route))) {
							operations.add(of(route, handler));
						}
					}
				}
			});
		}
		operations.sort(Comparator.comparing((Operation o) -> o.route().pattern()).thenComparing(o -> o.route().method()));
		return operations;
	}

	private static Operation of(Routes.Route route, HandlerMethod handler) {
		Type body = null;
		String upload = null;
		List<Param> params = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				body = parameter.getGenericParameterType();
			}
			else if (MultipartFile.class.isAssignableFrom(type)) {
				upload = requestParam != null && !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
			}
			else if (requestParam != null) {
				if (!java.util.Map.class.isAssignableFrom(type)) {
					String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
					params.add(new Param(name, parameter.getGenericParameterType()));
				}
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() != null) {
						params.add(new Param(property.getName(), property.getWriteMethod().getGenericParameterTypes()[0]));
					}
				}
			}
		}
		String name = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
		return new Operation(route, name, body, List.copyOf(params), upload);
	}

}
