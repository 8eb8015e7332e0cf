package org.accord.people;

import java.util.Map;
import java.util.UUID;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator sets what an involvement with an agency reveals; the change is audited, a wrong value named. */
@IntegrationTest
class InvolvementCategoryTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorGivesAnAgencyItsOwnCategoryAndReturnsItToItsTypesDefault() {
		Http admin = new Http(port);
		admin.signIn("admin", Demo.PASSWORD);
		String name = "Northshire Sexual Health Clinic " + UUID.randomUUID().toString().substring(0, 6);
		admin.postForm("/admin/agencies/new", Map.of("name", name, "type", "HEALTH"), "/admin/agencies/new");
		String agency = jdbc.sql("select id::text from agency where name = ?").param(name).query(String.class).single();
		String path = "/admin/involvement-categories/" + agency;

		var set = admin.postForm(path, Map.of("category", "SEXUAL_HEALTH"), "/admin/involvement-categories");
		assertThat(set.status()).isEqualTo(302);
		assertThat(admin.get("/admin/involvement-categories").body()).contains("involvements now reveal sexual health");
		assertThat(jdbc.sql("select category from agency_involvement_category where agency_id = cast(? as uuid)").param(agency)
			.query(String.class).single()).isEqualTo("SEXUAL_HEALTH");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPDATE' and entity_type = 'INVOLVEMENT_CATEGORY' and entity_id = ?")
			.param(agency).query(Integer.class).single()).isEqualTo(1);

		admin.postForm(path, Map.of("category", "NOT_A_CATEGORY"), "/admin/involvement-categories");
		assertThat(admin.get("/admin/involvement-categories").body()).contains("Select one of the categories");
		admin.postForm(path, Map.of("category", ""), "/admin/involvement-categories");
		assertThat(jdbc.sql("select count(*) from agency_involvement_category where agency_id = cast(? as uuid)").param(agency)
			.query(Integer.class).single()).as("back to its type's default").isZero();
	}

}
