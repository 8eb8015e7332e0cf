package org.accord.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application has registered, read from its handler mappings, so that the tests that
 * walk them (the canary walk, the authorization matrix) cover a new route the day it exists.
 */
public final class Routes {

	/** One method and path pattern, as "GET /people/{id}". */
	public record Route(String method, String pattern) {

		@Override
		public String toString() {
			return method + " " + pattern;
		}

		public boolean api() {
			return pattern.startsWith("/api/") || pattern.startsWith("/v3/api-docs");
		}

		public boolean ofPerson() {
			return pattern.startsWith("/people/{id}") || pattern.startsWith("/api/v1/people/{id}");
		}

	}

	private Routes() {
	}

	public static List<Route> all(ApplicationContext context) {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						Route route = new Route(method.name(), pattern);
						if (!routes.contains(route)) {
							routes.add(route);
						}
					}
				}
			});
		}
		routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
		return routes;
	}

	public static List<Route> gets(ApplicationContext context) {
		return all(context).stream().filter(r -> r.method().equals("GET")).toList();
	}

	/**
	 * A URL for the route: the person's id for a person's routes, a real record for the others where
	 * {@code ids} names one (by the path before the variable), and an id that exists nowhere otherwise.
	 */
	public static String sample(Route route, String personId, Map<String, String> ids, String query) {
		String path = route.pattern();
		if (route.ofPerson()) {
			path = path.replaceFirst("\\{id}", personId);
		}
		for (var entry : ids.entrySet()) {
			if (path.startsWith(entry.getKey())) {
				path = path.replaceFirst("\\{[^}]+}", entry.getValue());
			}
		}
		path = path.replaceAll("\\{[^}]+}", UUID.nameUUIDFromBytes(route.pattern().getBytes()).toString()).replace("/**", "/x");
		return query == null ? path : path + (path.contains("?") ? "&" : "?") + query;
	}

}
