package org.accord.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ServiceWriteTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Services services;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void administratorsAddAndChangeServicesThroughTheApiWithVersionChecks() {
		Http http = new Http(port);
		String admin = http.token("admin", "accord-demo");
		String agency = jdbc.sql("select id from agency where name = 'Northshire Citizens Advice'").query(String.class).single();
		String area = services.areas().get(0).id().toString();
		String body = """
				{"agencyId":"%s","name":"Energy advice","description":"Help with fuel debt","needs":["FINANCIAL"],
				 "referralRoutes":["PHONE"],"areaIds":["%s"],"minAge":18,
				 "openingTimes":[{"day":"MONDAY","opens":"09:00","closes":"12:00"}]}""".formatted(agency, area);
		var created = http.postJson("/api/v1/services", body, admin);
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header("Location")).endsWith("/api/v1/services/" + id);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and entity_type = 'SERVICE' and entity_id = ?")
			.param(id).query(Integer.class).single()).isEqualTo(1);

		String update = body.replace("Energy advice", "Energy and water advice").replace("\"minAge\":18", "\"minAge\":18,\"version\":0");
		assertThat(http.send("PUT", "/api/v1/services/" + id, "application/json", update, admin).status()).isEqualTo(200);
		var stale = http.send("PUT", "/api/v1/services/" + id, "application/json", update.replace("water", "wind"), admin);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(services.find(UUID.fromString(id)).orElseThrow().name()).isEqualTo("Energy and water advice");
	}

	@Test
	void invalidServicesAreRefusedFieldByFieldAndNothingIsWritten() {
		Http http = new Http(port);
		String admin = http.token("admin", "accord-demo");
		int before = jdbc.sql("select count(*) from service").query(Integer.class).single();
		var r = http.postJson("/api/v1/services", """
				{"agencyId":"%s","name":"","needs":[],"referralRoutes":["PHONE"],"areaIds":["%s"],"minAge":40,"maxAge":20,
				 "email":"not-an-email"}""".formatted(UUID.randomUUID(), UUID.randomUUID()), admin);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("\"field\":\"name\"").contains("\"field\":\"needs\"").contains("\"field\":\"email\"");
		var rules = http.postJson("/api/v1/services", """
				{"agencyId":"%s","name":"X","needs":["LEGAL"],"referralRoutes":["PHONE"],"areaIds":["%s"],"minAge":40,"maxAge":20}"""
			.formatted(UUID.randomUUID(), UUID.randomUUID()), admin);
		assertThat(rules.status()).isEqualTo(400);
		assertThat(rules.body()).contains("\"field\":\"maxAge\"").contains("\"field\":\"agencyId\"").contains("\"field\":\"areaIds\"");
		var types = http.postJson("/api/v1/services", "{\"needs\":\"LEGAL\",\"minAge\":\"old\"}", admin);
		assertThat(types.status()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from service").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void practitionersCannotAddServices() {
		Http http = new Http(port);
		String token = http.token("police", "accord-demo");
		String agency = jdbc.sql("select id from agency where name = 'Northshire Police'").query(String.class).single();
		var r = http.postJson("/api/v1/services", """
				{"agencyId":"%s","name":"New unit","needs":["CRIMINAL_JUSTICE"],"referralRoutes":["PHONE"],"areaIds":["%s"]}"""
			.formatted(agency, services.areas().get(0).id()), token);
		assertThat(r.status()).isEqualTo(403);
	}

	@Test
	void theServiceFormNamesEachWrongFieldAndKeepsWhatWasTyped() {
		Http http = new Http(port);
		http.signIn("admin", "accord-demo");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("agencyId", jdbc.sql("select id from agency where name = 'Safer Futures'").query(String.class).single());
		form.put("name", "Helpline for older people");
		form.put("minAge", "sixty");
		form.put("opens[0]", "9am");
		form.put("closes[0]", "17:00");
		var r = http.postForm("/directory/services/new", form, "/directory/services/new");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.body()).contains("href=\"#needs\"").contains("href=\"#areaIds\"").contains("href=\"#referralRoutes\"")
			.contains("href=\"#minAge\"").contains("href=\"#opens[0]\"").contains("Enter a whole number")
			.contains("value=\"Helpline for older people\"");

		form.put("minAge", "60");
		form.put("opens[0]", "09:00");
		form.put("needs", "HEALTH");
		form.put("areaIds", services.areas().get(1).id().toString());
		form.put("referralRoutes", "PHONE");
		form.put("active", "true");
		var saved = http.postForm("/directory/services/new", form, "/directory/services/new");
		assertThat(saved.status()).isEqualTo(302);
		var page = http.get(saved.location().substring(saved.location().indexOf("/directory")));
		assertThat(page.body()).contains("Helpline for older people").contains("60 and over").contains("Monday 09:00 to 17:00");
	}

	@Test
	void aManagerMayNotGiveTheirServiceToAnotherAgencyOnThePageNorOverTheApi() {
		UUID advice = jdbc.sql("select id from agency where name = 'Northshire Citizens Advice'").query(UUID.class).single();
		UUID refuge = jdbc.sql("select id from agency where name = 'Safer Futures'").query(UUID.class).single();
		String manager = "manager" + UUID.randomUUID().toString().substring(0, 6);
		UUID managerId = UUID.randomUUID();
		jdbc.sql("insert into app_user (id, username, display_name, agency_id, password_hash) values (?, ?, ?, ?, ?)")
			.params(managerId, manager, "Manager " + manager, advice, encoder.encode("manager-password-1")).update();
		jdbc.sql("insert into user_role (user_id, role) values (?, 'AGENCY_MANAGER')").param(managerId).update();
		Http http = new Http(port);
		http.signIn(manager, "manager-password-1");
		String area = services.areas().get(0).id().toString();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("agencyId", advice.toString());
		form.put("name", "Debt drop-in " + manager);
		form.put("needs", "FINANCIAL");
		form.put("referralRoutes", "PHONE");
		form.put("areaIds", area);
		form.put("active", "true");
		var added = http.postForm("/directory/services/new", form, "/directory/services/new");
		assertThat(added.status()).isEqualTo(302);
		UUID id = UUID.fromString(added.location().substring(added.location().lastIndexOf('/') + 1));
		assertThat(services.find(id).orElseThrow().ownerUserId()).isEqualTo(managerId);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and entity_type = 'SERVICE' "
				+ "and entity_id = ?").param(id.toString()).query(Integer.class).single()).isEqualTo(1);

		// An entry's owner may give it to any agency; a manager, as a manager, only to one they manage.
		jdbc.sql("update service set owner_user_id = null where id = ?").param(id).update();
		form.put("agencyId", refuge.toString());
		form.put("version", "0");
		var page = http.postForm("/directory/services/" + id + "/edit", form, "/directory/services/" + id + "/edit");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("You can only move a service to an agency you manage");
		var api = http.send("PUT", "/api/v1/services/" + id, "application/json", """
				{"agencyId":"%s","name":"Moved","needs":["FINANCIAL"],"referralRoutes":["PHONE"],"areaIds":["%s"],"version":0}"""
			.formatted(refuge, area), http.token(manager, "manager-password-1"));
		assertThat(api.status()).isEqualTo(403);

		form.put("agencyId", advice.toString());
		form.put("areaIds", UUID.randomUUID().toString());
		var unknownArea = http.postForm("/directory/services/" + id + "/edit", form, "/directory/services/" + id + "/edit");
		assertThat(unknownArea.status()).isEqualTo(200);
		assertThat(unknownArea.body()).contains("href=\"#areaIds\"");
		Service unchanged = services.find(id).orElseThrow();
		assertThat(unchanged.agencyId()).isEqualTo(advice);
		assertThat(unchanged.version()).isZero();
	}

}
