package org.accord.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Joins;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared record complete in the pages (issue 11): the household and relationships, the confidential
 * location held by one agency, and the lead professional with its history and handover, including when
 * the named worker leaves.
 */
@IntegrationTest
class HouseholdPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theIdvaRecordsARelationshipAndTheRefugeAddressWhichNoOtherAgencySees() {
		Http api = new Http(port);
		String idvaToken = api.token("idva");
		String mother = create(api, idvaToken, "Carys", "Householdtest");
		String son = create(api, idvaToken, "Osian", "Householdtest");
		Joins.join(api, jdbc, mother, api.token("cpn"));
		Http idva = new Http(port);
		idva.signIn("idva", Demo.PASSWORD);

		String form = "/people/" + mother + "/relationships/new";
		assertThat(idva.get(form).body()).contains("Osian Householdtest");
		var blank = idva.postForm(form, Map.of(), form);
		assertThat(blank.body()).contains("govuk-error-summary").contains("href=\"#personId\"").contains("href=\"#type\"");
		var self = idva.postForm(form, Map.of("personId", mother, "type", "CHILD"), form);
		assertThat(self.body()).contains("href=\"#personId\"");
		assertThat(idva.postForm(form, Map.of("personId", son, "type", "CHILD"), form).status()).isEqualTo(302);
		assertThat(idva.get("/people/" + mother).body()).contains("Household and relationships").contains("Osian Householdtest");
		assertThat(idva.get("/people/" + son).body()).as("read from his side too").contains("Parent").contains("Carys Householdtest");

		String location = "/people/" + mother + "/confidential-location";
		assertThat(idva.postForm(location, Map.of("address", " "), location).body()).contains("href=\"#address\"");
		assertThat(idva.postForm(location, Map.of("address", "Bryn refuge, 3 Heol Gwyn, NB9 1ZZ"), location).status()).isEqualTo(302);
		assertThat(idva.get("/people/" + mother).body()).contains("Bryn refuge, 3 Heol Gwyn");
		Http cpn = new Http(port);
		cpn.signIn("cpn", Demo.PASSWORD);
		assertThat(cpn.get("/people/" + mother).body()).doesNotContain("Heol Gwyn").doesNotContain("NB9 1ZZ");
		assertThat(cpn.get(location).body()).as("the CPN's own location form is empty").doesNotContain("Heol Gwyn");
	}

	@Test
	void theLeadIsHandedOverWithItsHistoryAndBackToTheAgencyWhenTheNamedWorkerLeaves() {
		Http admin = new Http(port);
		admin.signIn("admin", Demo.PASSWORD);
		String safer = jdbc.sql("select id::text from agency where name = 'Safer Futures'").query(String.class).single();
		String username = "leadworker" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> user = new LinkedHashMap<>(Map.of("username", username, "displayName", "Lowri Lead", "email", "lowri@example.org",
				"agencyId", safer, "roles", "PRACTITIONER", "password", "a-long-first-password"));
		assertThat(admin.postForm("/admin/users/new", user, "/admin/users/new").status()).isEqualTo(302);
		String userId = jdbc.sql("select id::text from app_user where username = ?").param(username).query(String.class).single();

		Http api = new Http(port);
		String workerToken = api.token(username, "a-long-first-password");
		String person = create(api, workerToken, "Elin", "Leadtest");
		Joins.join(api, jdbc, person, api.token("cpn"));
		Http worker = new Http(port);
		worker.signIn(username, "a-long-first-password");
		String page = "/people/" + person + "/lead-professional";
		assertThat(worker.postForm(page, Map.of(), page).body()).contains("href=\"#lead\"").contains("href=\"#agreedBy\"");
		assertThat(worker.postForm(page, Map.of("lead", safer + ":" + userId, "agreedBy", "Elin, at her first visit"), page).status())
			.isEqualTo(302);
		assertThat(worker.get(page).body()).contains("Lowri Lead, Safer Futures").contains("Elin, at her first visit");

		assertThat(admin.postForm("/admin/users/" + userId + "/disable", Map.of(), "/admin/users/" + userId).status()).isEqualTo(302);
		Http idva = new Http(port);
		idva.signIn("idva", Demo.PASSWORD);
		var after = idva.get(page).body();
		assertThat(after).contains("Safer Futures, no named worker yet").contains("The named worker left");
		assertThat(jdbc.sql("select count(*) from notification where person_id = cast(? as uuid) and subject = 'Name a new lead worker'")
			.param(person).query(Integer.class).single()).isEqualTo(1);

		String cmht = jdbc.sql("select id::text from agency where name = 'Northshire Community Mental Health Team'").query(String.class).single();
		assertThat(idva.postForm(page, Map.of("lead", cmht, "agreedBy", "Elin, by phone"), page).body())
			.as("an agency the IDVA may not know of cannot be chosen, and the answer does not tell").contains("href=\"#lead\"");
		Http cpn = new Http(port);
		cpn.signIn("cpn", Demo.PASSWORD);
		assertThat(cpn.postForm(page, Map.of("lead", cmht, "agreedBy", "Elin, by phone"), page).status()).isEqualTo(302);
		assertThat(cpn.get(page).body()).contains("Northshire Community Mental Health Team, no named worker yet")
			.as("nor may the CPN know of Safer Futures without her consent").doesNotContain("Lowri Lead");
		assertThat(idva.get(page).body()).as("the IDVA may not know of her mental health team, so not that it leads").contains("Handed over")
			.doesNotContain("Northshire Community Mental Health Team");
		assertThat(jdbc.sql("select count(*) from lead_professional_history where person_id = cast(? as uuid)").param(person)
			.query(Integer.class).single()).isEqualTo(3);
		var refused = idva.postForm(page, Map.of("lead", UUID.randomUUID().toString(), "agreedBy", "Nobody"), page);
		assertThat(refused.body()).contains("href=\"#lead\"").contains("Select an agency that works with the person now");
	}

	private static String create(Http http, String token, String given, String family) {
		return http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", family, "dateOfBirth", "1984-08-18"), token)
			.json().get("id").asString();
	}

}
