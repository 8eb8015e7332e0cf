package org.accord.platform;

import org.accord.identity.Agencies;
import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Agencies agencies;

	@Test
	void theDemoPartnershipHasTheAccountsOfTheApiDocument() {
		var names = jdbc.sql("select username from app_user").query(String.class).list();
		assertThat(names).contains("admin", "idva", "drugworker", "cpn", "police", "socialworker", "housing",
				"coordinator", "chair", "board", "ig");
		assertThat(agencies.findAll()).extracting(a -> a.name()).contains("Safer Futures", "Northshire Police");
	}

	@Test
	void demoDataIsNeverAddedToADatabaseThatHoldsData() throws Exception {
		int agenciesBefore = jdbc.sql("select count(*) from agency").query(Integer.class).single();
		int usersBefore = jdbc.sql("select count(*) from app_user").query(Integer.class).single();
		ApplicationArguments none = new DefaultApplicationArguments();
		for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
			runner.run(none);
		}
		assertThat(jdbc.sql("select count(*) from agency").query(Integer.class).single()).isEqualTo(agenciesBefore);
		assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single()).isEqualTo(usersBefore);
	}

	@Test
	void theOpenApiDocumentDescribesTheApiForSignedInUsers() {
		Http http = new Http(port);
		assertThat(http.get("/v3/api-docs").status()).isEqualTo(302);
		http.signIn("idva", Demo.PASSWORD);
		var docs = http.get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\":\"3.").contains("/api/v1/auth/token").contains("/api/v1/agencies")
			.contains("bearer");
	}

	@Test
	void logsCarryNoPersonalDataFromSignInAttempts(CapturedOutput output) {
		Http http = new Http(port);
		http.signIn("Sylvia Smith 12 Acacia Road", "Password-Sylvia-1987");
		http.postJson("/api/v1/auth/token", Json.of("username", "idva", "password", "Password-Sylvia-1987"));
		http.signIn("idva", Demo.PASSWORD);
		assertThat(output.getAll()).doesNotContain("Sylvia").doesNotContain("Acacia").doesNotContain("accord-demo\"");
	}

}
