package org.accord.architecture;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way in: every handler whose path carries a person's id takes it as a {@link PersonAccess}, which
 * the access policy resolves, audits and refuses; none reads the id itself. A new handler that forgets
 * fails here the day it is written.
 */
class PersonRoutesTests {

	/** The person id of a path: the segment after /people/, or a variable called personId. */
	private static final Pattern PERSON_VARIABLE = Pattern.compile("/people/\\{(\\w+)}|\\{(personId)}");

	record Handler(Method method, List<String> paths) {

		String name() {
			return method.getDeclaringClass().getSimpleName() + "." + method.getName() + " " + paths;
		}

	}

	@Test
	void everyHandlerWithAPersonIdInItsPathTakesItThroughTheAccessPolicy() {
		List<String> wrong = new ArrayList<>();
		int personRoutes = 0;
		for (Handler handler : handlers()) {
			for (String path : handler.paths()) {
				Matcher m = PERSON_VARIABLE.matcher(path);
				if (!m.find()) {
					continue;
				}
				personRoutes++;
				String variable = m.group(1) != null ? m.group(1) : m.group(2);
				List<Parameter> access = Arrays.stream(handler.method().getParameters())
					.filter(p -> p.getType().equals(PersonAccess.class))
					.toList();
				String named = access.size() == 1 && access.get(0).isAnnotationPresent(PersonId.class)
						? access.get(0).getAnnotation(PersonId.class).value() : "id";
				if (access.size() != 1 || !named.equals(variable)) {
					wrong.add(handler.name() + ": takes no PersonAccess for {" + variable + "}");
				}
				for (Parameter p : handler.method().getParameters()) {
					PathVariable pv = p.getAnnotation(PathVariable.class);
					String bound = pv == null ? null : !pv.value().isEmpty() ? pv.value() : !pv.name().isEmpty() ? pv.name() : p.getName();
					if (variable.equals(bound)) {
						wrong.add(handler.name() + ": reads {" + variable + "} itself");
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
		System.out.println("PersonRoutesTests: " + personRoutes + " routes with a person id, all through PersonAccess");
		assertThat(personRoutes).as("routes with a person id in their path").isGreaterThan(30);
	}

	/**
	 * Filters that take a person's id but open nothing of their record, each with why. The audit trail's
	 * page lists who did what to a person for administrators and information governance, never content.
	 */
	private static final java.util.Map<String, String> FILTERS = java.util.Map.of("AuditController.list",
			"the audit trail of a person's record, for administrators and information governance; it holds no case content");

	@Test
	void noHandlerTakesAPersonIdAsAQueryParameter() {
		List<String> wrong = new ArrayList<>();
		for (Handler handler : handlers()) {
			if (FILTERS.containsKey(handler.method().getDeclaringClass().getSimpleName() + "." + handler.method().getName())) {
				continue;
			}
			for (Parameter p : handler.method().getParameters()) {
				RequestParam rp = p.getAnnotation(RequestParam.class);
				String name = rp == null ? null : !rp.value().isEmpty() ? rp.value() : !rp.name().isEmpty() ? rp.name() : p.getName();
				if (rp != null && p.getType().equals(UUID.class) && name.toLowerCase().contains("person")) {
					wrong.add(handler.name() + ": takes " + name + " as a query parameter");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	static List<Handler> handlers() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<Handler> handlers = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.accord")) {
			Class<?> type;
			try {
				type = Class.forName(candidate.getBeanClassName());
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
			RequestMapping root = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
			List<String> prefixes = root == null || root.path().length == 0 ? List.of("") : List.of(root.path());
			for (Method method : type.getDeclaredMethods()) {
				RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
				if (mapping == null) {
					continue;
				}
				List<String> paths = new ArrayList<>();
				for (String prefix : prefixes) {
					for (String path : mapping.path().length == 0 ? new String[] { "" } : mapping.path()) {
						paths.add(prefix + path);
					}
				}
				handlers.add(new Handler(method, paths));
			}
		}
		assertThat(handlers).as("handlers found").hasSizeGreaterThan(80);
		return handlers;
	}

}
