package org.accord.people;

import java.util.UUID;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Joins;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** One agreed lead professional per person, changed only with a record of who agreed it. */
@IntegrationTest
class LeadProfessionalTests {

	@Autowired
	Demo demo;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sylviasLeadProfessionalIsTheIdvaAsAgreed() {
		String sylvia = demo.sylvia();
		Http http = new Http(port);
		JsonNode lead = http.get("/api/v1/people/" + sylvia, http.token("cpn")).json().get("leadProfessional");
		assertThat(lead.get("agencyName").asString()).isEqualTo("Safer Futures");
		assertThat(lead.get("workerName").asString()).isEqualTo("Amira Khan");
		assertThat(lead.get("agreedBy").asString()).contains("Sylvia");
	}

	@Test
	void theLeadIsAnInvolvedAgencyAndWhoAgreedIsRequiredAndRecorded() {
		Http http = new Http(port);
		String idva = http.token("idva");
		String cpn = http.token("cpn");
		String person = http.postJson("/api/v1/people", Json.of("givenName", "Lena", "familyName", "Leadtest", "dateOfBirth", "1991-03-03"), idva)
			.json().get("id").asString();
		Joins.join(http, jdbc, person, cpn);
		String cmht = jdbc.sql("select id from agency where name = 'Northshire Community Mental Health Team'").query(String.class).single();
		String notInvolved = jdbc.sql("select id from agency where name = 'Northshire Citizens Advice'").query(String.class).single();

		var noWho = http.send("PUT", "/api/v1/people/" + person + "/lead-professional", "application/json",
				Json.of("agencyId", cmht), cpn);
		assertThat(noWho.status()).isEqualTo(400);
		assertThat(noWho.json().get("errors").get(0).get("field").asString()).isEqualTo("agreedBy");
		var outsider = http.send("PUT", "/api/v1/people/" + person + "/lead-professional", "application/json",
				Json.of("agencyId", notInvolved, "agreedBy", "Lena"), cpn);
		assertThat(outsider.json().get("errors").get(0).get("field").asString()).isEqualTo("agencyId");

		var agreed = http.send("PUT", "/api/v1/people/" + person + "/lead-professional", "application/json",
				Json.of("agencyId", cmht, "agreedBy", "Lena and her care team, 20 November"), cpn);
		assertThat(agreed.status()).isEqualTo(200);
		assertThat(http.get("/api/v1/people/" + person, cpn).json().get("leadProfessional").get("agencyName").asString())
			.isEqualTo("Northshire Community Mental Health Team");
		assertThat(http.get("/api/v1/people/" + person, idva).json().has("leadProfessional"))
			.as("a lead in the mental health team is not shown to those who may not know of the team").isFalse();
		assertThat(jdbc.sql("select reason from audit_event where action = 'LEAD_PROFESSIONAL' and person_id = ?")
			.param(UUID.fromString(person)).query(String.class).single()).isEqualTo("Lena and her care team, 20 November");
		assertThat(http.send("PUT", "/api/v1/people/" + person + "/lead-professional", "application/json",
				Json.of("agencyId", cmht, "agreedBy", "x"), http.token("housing")).status()).isEqualTo(404);
	}

}
