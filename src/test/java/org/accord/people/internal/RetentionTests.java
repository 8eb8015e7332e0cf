package org.accord.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Records are removed once their category's period has passed since the last involvement ended, and each removal is listed. */
@IntegrationTest
class RetentionTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RetentionRun retention;

	@Autowired
	Clock clock;

	@Test
	void expiredRecordsOfPeopleNobodyWorksWithAreRemovedAndListedAndTheRestKept() {
		Http http = new Http(port);
		String idva = http.token("idva");
		LocalDate today = LocalDate.now(clock);
		String old = person(http, idva, "Olwen");
		String recent = person(http, idva, "Rhian");
		String active = person(http, idva, "Anwen");
		for (String id : new String[] { old, recent, active }) {
			entry(http, idva, id, "RISK", "Risk canary");
			entry(http, idva, id, "MENTAL_HEALTH", "Mental health canary");
			http.send("PATCH", "/api/v1/people/" + id, "application/json", Json.of("version", 0, "profile", Json.map("safeTimes", "Mornings")), idva);
			http.send("PUT", "/api/v1/people/" + id + "/confidential-location", "application/json", Json.of("address", "Refuge canary"), idva);
		}
		end(old, today.minusYears(7));
		end(recent, today.minusMonths(1));

		int removed = retention.run("test");
		assertThat(removed).isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from chronology_entry where person_id = cast(? as uuid) and category = 'RISK'", old)).isZero();
		assertThat(count("select count(*) from chronology_entry where person_id = cast(? as uuid) and category = 'MENTAL_HEALTH'", old))
			.as("mental health is kept for 8 years").isEqualTo(1);
		assertThat(count("select count(*) from person_field where person_id = cast(? as uuid) and field = 'SAFE_TIMES'", old)).isZero();
		assertThat(count("select count(*) from confidential_location where person_id = cast(? as uuid)", old)).isZero();
		assertThat(count("select count(*) from retention_removal where person_id = cast(? as uuid)", old)).isEqualTo(3);
		assertThat(count("select count(*) from audit_event where action = 'RETENTION_DELETE' and person_id = cast(? as uuid)", old)).isEqualTo(3);
		assertThat(jdbc.sql("select string_agg(record_type || record_id || category, ' ') from retention_removal").query(String.class).single())
			.doesNotContain("canary").doesNotContain("Mornings");

		for (String kept : new String[] { recent, active }) {
			assertThat(count("select count(*) from chronology_entry where person_id = cast(? as uuid)", kept)).isEqualTo(2);
			assertThat(count("select count(*) from confidential_location where person_id = cast(? as uuid)", kept)).isEqualTo(1);
		}

		Http ig = new Http(port);
		ig.signIn("ig", Demo.PASSWORD);
		assertThat(ig.get("/governance/retention").body()).contains("Runs").contains("RISK 1");
		assertThat(ig.postForm("/governance/retention/run", java.util.Map.of(), "/governance/retention").status()).isEqualTo(302);
		Http cpn = new Http(port);
		cpn.signIn("cpn", Demo.PASSWORD);
		assertThat(cpn.get("/governance/retention").status()).isEqualTo(403);
	}

	@Test
	void onceEveryPeriodIsOverThePersonAndEveryModulesRecordsOfThemGo() {
		Http http = new Http(port);
		String idva = http.token("idva");
		String gone = person(http, idva, "Gwenllian");
		String sister = person(http, idva, "Nia");
		String housing = jdbc.sql("select id::text from agency where name = 'Northshire Homes Tenancy Support'").query(String.class).single();
		entry(http, idva, gone, "CHILDREN", "Children canary");
		http.postJson("/api/v1/people/" + gone + "/relationships", Json.of("personId", sister, "type", "FAMILY"), idva);
		assertThat(http.postJson("/api/v1/people/" + gone + "/consents", Json.of("agencyIds", List.of(housing),
				"categories", List.of("CORE_PROFILE"), "purpose", "Housing canary"), idva).status()).isEqualTo(201);
		assertThat(http.postJson("/api/v1/people/" + gone + "/sharing-decisions", Json.of("agencyId", housing,
				"categories", List.of("RISK"), "decision", "SHARE", "grounds", "SERIOUS_HARM_TO_PERSON",
				"justification", "Decision canary", "personTold", true), idva).status()).isEqualTo(201);
		String housingOptions = jdbc.sql("select id::text from service where name = 'Housing options and homelessness'")
			.query(String.class).single();
		assertThat(http.postJson("/api/v1/referrals", Json.of("personId", gone, "toServiceId", housingOptions, "reason",
				"Referral canary", "categories", List.of("CORE_PROFILE")), idva).status()).isEqualTo(201);
		org.accord.support.SubjectAccessRequestsFixture.open(port, gone);
		assertThat(count("select count(*) from notification where person_id = cast(? as uuid)", gone)).as("the share notified someone").isPositive();
		end(gone, LocalDate.now(clock).minusYears(26));

		retention.run("test");
		for (String table : new String[] { "person where id", "chronology_entry where person_id", "involvement where person_id",
				"consent where person_id", "sharing_decision where person_id", "subject_access_request where person_id",
				"notification where person_id", "relationship where related_person_id", "referral where person_id" }) {
			assertThat(count("select count(*) from " + table + " = cast(? as uuid)", gone)).as(table).isZero();
		}
		assertThat(jdbc.sql("select string_agg(distinct record_type, ',' order by record_type) from retention_removal where person_id = cast(? as uuid)")
			.param(gone).query(String.class).single())
			.isEqualTo("CHRONOLOGY_ENTRY,CONSENT,INVOLVEMENT,PERSON,REFERRAL,RELATIONSHIP,SHARING_DECISION,SUBJECT_ACCESS_REQUEST");
		assertThat(count("select count(*) from person where id = cast(? as uuid)", sister)).as("her sister, still worked with, stays").isEqualTo(1);
		assertThat(count("select count(*) from audit_event where action = 'RETENTION_DELETE' and entity_type = 'PERSON' and person_id = cast(? as uuid)", gone))
			.isEqualTo(1);
	}

	private void end(String person, LocalDate on) {
		jdbc.sql("update involvement set ended_on = ?, started_on = least(started_on, ?) where person_id = cast(? as uuid)").params(on, on, person).update();
	}

	private int count(String sql, String person) {
		return jdbc.sql(sql).param(person).query(Integer.class).single();
	}

	private static void entry(Http http, String token, String person, String category, String summary) {
		http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2019-01-01", "type", "OTHER", "summary", summary,
				"kind", "FACT", "category", category), token);
	}

	private static String person(Http http, String token, String given) {
		String family = "Retentiontest" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
		return http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", family, "dateOfBirth", "1960-06-06"), token)
			.json().get("id").asString();
	}

}
