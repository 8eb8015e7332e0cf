package org.accord.architecture;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.accord.audit.AuditLog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Controllers only adapt: a use case lives in its module's service, in one transaction with its audit row,
 * so page and API twins cannot drift. A controller that opens a transaction or writes the audit itself fails
 * here.
 */
class ControllerRulesTests {

	@Test
	void controllersNeitherOpenTransactionsNorWriteTheAuditThemselves() {
		Set<String> offenders = new TreeSet<>();
		for (Class<?> controller : controllers()) {
			boolean writes = AnnotatedElementUtils.hasAnnotation(controller, Transactional.class);
			for (Field field : controller.getDeclaredFields()) {
				writes |= field.getType().equals(AuditLog.class) || field.getType().equals(TransactionTemplate.class);
			}
			for (Method method : controller.getDeclaredMethods()) {
				writes |= AnnotatedElementUtils.hasAnnotation(method, Transactional.class);
			}
			if (writes) {
				offenders.add(controller.getSimpleName());
			}
		}
		assertThat(offenders).as("controllers that open transactions or write the audit: move the use case into its service")
			.isEmpty();
	}

	static List<Class<?>> controllers() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<Class<?>> controllers = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.accord")) {
			try {
				controllers.add(Class.forName(candidate.getBeanClassName()));
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		assertThat(controllers).hasSizeGreaterThan(40);
		return controllers;
	}

}
