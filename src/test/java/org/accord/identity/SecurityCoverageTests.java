package org.accord.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every handler the application has registered and calls it without signing in: only the
 * sign-in page, the token endpoint, the error page, health and static assets may answer.
 */
@IntegrationTest
class SecurityCoverageTests {

	/** The only controller paths reachable without authentication. */
	private static final Set<String> OPEN = Set.of("/sign-in", "/api/v1/auth/token", "/error");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyControllerHandlerRequiresAuthentication() {
		List<String> checked = new ArrayList<>();
		List<String> open = new ArrayList<>();
		Http anonymous = new Http(port);
		String csrf = anonymous.csrf("/sign-in");
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					String path = pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001")
						.replace("/**", "/x");
					if (OPEN.contains(path)) {
						open.add(path);
						continue;
					}
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						Http.Response r = method == RequestMethod.GET ? anonymous.get(path)
								: anonymous.postFormOrSend(method.name(), path, Map.of("_csrf", csrf));
						checked.add(method + " " + path);
						if (path.startsWith("/api/")) {
							assertThat(r.status()).as(method + " " + path).isEqualTo(401);
						}
						else {
							assertThat(r.status()).as(method + " " + path).isEqualTo(302);
							assertThat(r.location()).as(method + " " + path).endsWith("/sign-in");
						}
					}
				}
			});
		}
		assertThat(checked).as("handlers checked").hasSizeGreaterThan(20)
			.contains("GET /api/v1/agencies", "GET /admin/users", "POST /admin/users/new", "GET /audit", "GET /v3/api-docs");
		assertThat(Set.copyOf(open)).as("the open list names only handlers that exist").isEqualTo(OPEN);
	}

	@Test
	void actuatorOpensHealthOnlyAndMetricsNeedAnAdministrator() {
		Http anonymous = new Http(port);
		assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/health").body()).contains("UP");
		assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(anonymous.get("/actuator/info").status()).isEqualTo(401);

		Http http = new Http(port);
		assertThat(http.get("/actuator/prometheus", http.token("idva", "accord-demo")).status()).isEqualTo(403);
		var metrics = http.get("/actuator/prometheus", http.token("admin", "accord-demo"));
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

	@Test
	void staticAssetsAreOpen() {
		Http anonymous = new Http(port);
		assertThat(anonymous.get("/css/accord.css").status()).isEqualTo(200);
		assertThat(anonymous.get("/js/accord.js").status()).isEqualTo(200);
		assertThat(anonymous.get("/govuk/govuk-frontend.min.js").status()).isEqualTo(200);
		assertThat(anonymous.get("/assets/images/favicon.ico").status()).isEqualTo(200);
	}

}
