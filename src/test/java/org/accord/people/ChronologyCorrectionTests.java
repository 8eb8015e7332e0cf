package org.accord.people;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Joins;
import org.accord.support.Json;
import org.accord.support.SubjectAccessRequestsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Correcting a chronology entry (issue 11): only by its agency, once, and the original is kept and shown as corrected. */
@IntegrationTest
class ChronologyCorrectionTests {

	static final String ENTRY = """
			{"occurredOn":"2026-10-02","type":"INCIDENT","summary":"Police called to a row at the flat on 2 October","kind":"FACT"}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String idva;

	String person;

	String original;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		idva = http.token("idva");
		// A name of its own each time, so that no test's person is taken for another's possible duplicate.
		String name = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase() + "X";
		var created0 = http.postJson("/api/v1/people", Json.of("givenName", "Corra", "familyName", name, "dateOfBirth", "1990-02-03"), idva);
		assertThat(created0.status()).as(created0.body()).isEqualTo(201);
		person = created0.json().get("id").asString();
		var created = http.postJson("/api/v1/people/" + person + "/chronology", ENTRY, idva);
		assertThat(created.status()).isEqualTo(201);
		original = created.json().get("id").asString();
	}

	@Test
	void theIdvaCorrectsHerEntryOnThePageAndTheOriginalIsKeptAndShownAsCorrected() {
		http.signIn("idva", Demo.PASSWORD);
		String page = "/people/" + person + "/chronology";
		String form = page + "/" + original + "/correct";
		assertThat(http.get(page).body()).contains("href=\"" + form + "\"").contains("Correct this entry");
		assertThat(http.get(form).body()).as("the form starts as the original").contains("Police called to a row at the flat on 2 October")
			.contains("value=\"2026\"").contains("value=\"INCIDENT\" selected");

		var blank = http.postForm(form, Map.of("day", "", "month", "", "year", "", "type", "INCIDENT", "summary", "", "kind", "FACT", "reason", ""), form);
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).contains("There is a problem").contains("href=\"#reason\"").contains("Enter why you are correcting the entry")
			.contains("href=\"#summary\"").contains("Enter what happened").contains("href=\"#day\"").contains("Enter the date it happened");
		assertThat(count("select count(*) from chronology_entry where person_id = cast(? as uuid)", person)).isEqualTo(1);

		var corrected = http.postForm(form, Map.of("day", "3", "month", "10", "year", "2026", "type", "INCIDENT",
				"summary", "Police called to a row at the flat on 3 October", "kind", "FACT", "category", "", "provenance", "Police log 26/771",
				"reason", "Wrong date: the police log says 3 October"), form);
		assertThat(corrected.status()).isEqualTo(302);
		String shown = http.get(page).body();
		assertThat(shown).contains("Corrected</strong>").contains("<del>Police called to a row at the flat on 2 October</del>")
			.contains("by Amira Khan: Wrong date: the police log says 3 October").contains("Police called to a row at the flat on 3 October")
			.contains("Corrects the entry of 2 Oct 2026").contains("See the correction").contains("See the original");
		assertThat(shown.split("Correct this entry", -1)).as("only the correction may be corrected now").hasSize(2);

		assertThat(jdbc.sql("select summary, occurred_on::text, correction_reason from chronology_entry where id = cast(? as uuid)").param(original)
			.query((rs, n) -> List.of(rs.getString("summary"), rs.getString("occurred_on"), rs.getString("correction_reason"))).single())
			.as("the original's content is unchanged").containsExactly("Police called to a row at the flat on 2 October", "2026-10-02",
					"Wrong date: the police log says 3 October");
		assertThat(count("select count(*) from chronology_entry where corrects = cast(? as uuid) and provenance = 'Police log 26/771'", original)).isEqualTo(1);
		assertThat(count("select count(*) from audit_event where action = 'UPDATE' and entity_type = 'CHRONOLOGY_ENTRY' and entity_id = ? "
				+ "and reason = 'Wrong date: the police log says 3 October'", original)).isEqualTo(1);

		assertThat(http.get(form).status()).as("an entry is corrected once").isEqualTo(409);
		var again = http.postForm(form, Map.of("day", "4", "month", "10", "year", "2026", "type", "INCIDENT", "summary", "Again", "kind", "FACT",
				"reason", "Second go"), page);
		assertThat(again.status()).as("the loser of a race is told on the form").isEqualTo(200);
		assertThat(again.body()).contains("This entry has already been corrected; correct the correction instead. Nothing was saved.");
		assertThat(count("select count(*) from chronology_entry where person_id = cast(? as uuid)", person)).isEqualTo(2);
	}

	@Test
	void overTheApiTheCorrectionIsLinkedBothWaysAndASecondCorrectionOfTheOriginalIsRefused() {
		String url = "/api/v1/people/" + person + "/chronology/" + original + "/correction";
		var noReason = http.postJson(url, Json.of("occurredOn", "2026-10-03", "type", "INCIDENT", "summary", "x", "kind", "FACT"), idva);
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.contentType()).startsWith("application/problem+json");
		assertThat(noReason.body()).contains("\"field\":\"reason\"");
		var future = http.postJson(url, Json.of("occurredOn", "2099-10-03", "type", "INCIDENT", "summary", "x", "kind", "FACT", "reason", "Date"),
				idva);
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.body()).contains("\"field\":\"occurredOn\"");

		String body = Json.of("occurredOn", "2026-10-03", "type", "INCIDENT", "summary", "Police called on 3 October", "kind", "FACT",
				"reason", "Wrong date");
		// Two corrections at once: one wins, the other is told, and neither is saved over the other.
		var first = CompletableFuture.supplyAsync(() -> new Http(port).postJson(url, body, idva));
		var second = CompletableFuture.supplyAsync(() -> new Http(port).postJson(url, body.replace("Wrong date", "Wrong day"), idva));
		List<Integer> statuses = List.of(first.join().status(), second.join().status());
		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		JsonNode correction = (first.join().status() == 201 ? first : second).join().json();
		assertThat(correction.get("corrects").asString()).isEqualTo(original);
		assertThat(correction.get("summary").asString()).isEqualTo("Police called on 3 October");
		assertThat(count("select count(*) from chronology_entry where corrects = cast(? as uuid)", original)).isEqualTo(1);

		JsonNode items = http.get("/api/v1/people/" + person + "/chronology", idva).json().get("items");
		JsonNode old = entry(items, original);
		assertThat(old.get("corrected").asBoolean()).isTrue();
		assertThat(old.get("correctedBy").asString()).isEqualTo(correction.get("id").asString());
		assertThat(old.get("correctionReason").asString()).isIn("Wrong date", "Wrong day");
		assertThat(old.get("correctedAt").isNull()).isFalse();
		assertThat(old.get("summary").asString()).isEqualTo("Police called to a row at the flat on 2 October");
		assertThat(entry(items, correction.get("id").asString()).get("corrected").asBoolean()).isFalse();

		var again = http.postJson(url, body, idva);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(http.postJson("/api/v1/people/" + person + "/chronology/" + correction.get("id").asString() + "/correction",
				body.replace("3 October", "4 October").replace("Wrong date", "Still wrong"), idva).status())
			.as("a correction is corrected in turn").isEqualTo(201);
	}

	@Test
	void anotherAgencyCannotCorrectTheEntryButSeesTheTrailWhereItMaySeeTheEntry() {
		String cpn = http.token("cpn");
		Joins.join(http, jdbc, person, cpn);
		String url = "/api/v1/people/" + person + "/chronology/" + original + "/correction";
		String body = Json.of("occurredOn", "2026-10-03", "type", "INCIDENT", "summary", "Mine now", "kind", "FACT", "reason", "Because");
		assertThat(http.postJson(url, body, cpn).status()).as("an entry the team may not see is not found").isEqualTo(404);
		http.postJson("/api/v1/people/" + person + "/consents", Json.of("agencyIds", List.of(agency("Northshire Community Mental Health Team")),
				"categories", List.of("RISK"), "purpose", "Safety planning"), idva);
		assertThat(http.get("/api/v1/people/" + person + "/chronology", cpn).body()).contains("2 October");
		assertThat(http.postJson(url, body, cpn).status()).as("seeing an entry is not recording it").isEqualTo(403);
		Http page = new Http(port);
		page.signIn("cpn", Demo.PASSWORD);
		String form = "/people/" + person + "/chronology/" + original + "/correct";
		assertThat(page.get("/people/" + person + "/chronology").body()).doesNotContain("Correct this entry");
		assertThat(page.get(form).status()).isEqualTo(403);
		assertThat(page.postForm(form, Map.of("day", "3", "month", "10", "year", "2026", "type", "INCIDENT", "summary", "Mine now", "kind", "FACT",
				"reason", "Because"), "/people/" + person + "/chronology").status()).isEqualTo(403);
		assertThat(count("select count(*) from chronology_entry where person_id = cast(? as uuid) and corrected_at is null", person)).isEqualTo(1);
		assertThat(count("select count(*) from chronology_entry where person_id = cast(? as uuid)", person)).isEqualTo(1);

		http.postJson(url, body.replace("Mine now", "Police called on 3 October").replace("Because", "Wrong date"), idva);
		JsonNode old = entry(http.get("/api/v1/people/" + person + "/chronology", cpn).json().get("items"), original);
		assertThat(old.get("corrected").asBoolean()).isTrue();
		assertThat(old.get("correctionReason").asString()).isEqualTo("Wrong date");
		assertThat(page.get("/people/" + person + "/chronology").body()).contains("Corrected</strong>").contains("Corrects the entry of 2 Oct 2026");
	}

	@Test
	void theSubjectAccessExportAndThePdfShowTheOriginalAsCorrected() {
		http.postJson("/api/v1/people/" + person + "/chronology/" + original + "/correction", Json.of("occurredOn", "2026-10-03", "type", "INCIDENT",
				"summary", "Police called on 3 October", "kind", "FACT", "reason", "Wrong date on the log"), idva);
		String request = SubjectAccessRequestsFixture.open(port, person);
		String export = http.get("/api/v1/people/" + person + "/subject-access?request=" + request, http.token("ig")).body();
		assertThat(export).contains("CORRECTED, not a current fact. Incident, fact: Police called to a row at the flat on 2 October")
			.contains("Wrong date on the log").contains("Corrects the entry of 2026-10-02");

		http.signIn("idva", Demo.PASSWORD);
		String pdf = http.download("/people/" + person + "/chronology.pdf", null).pdfText();
		assertThat(pdf).contains("CORRECTED").contains("Not a current fact").contains("Wrong date on the log").contains("Corrects the entry of");
	}

	private static JsonNode entry(JsonNode items, String id) {
		return items.valueStream().filter(e -> e.get("id").asString().equals(id)).findFirst().orElseThrow();
	}

	private String agency(String name) {
		return jdbc.sql("select id::text from agency where name = ?").param(name).query(String.class).single();
	}

	private int count(String sql, String param) {
		return jdbc.sql(sql).param(param).query(Integer.class).single();
	}

}
