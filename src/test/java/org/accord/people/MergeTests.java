package org.accord.people;

import java.util.Map;
import java.util.UUID;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Joins;
import org.accord.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Two records of one person merged keep both histories, with a reason in the audit trail, and can be separated again. */
@IntegrationTest
class MergeTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String idva;

	String cpn;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		idva = http.token("idva");
		cpn = http.token("cpn");
	}

	@Test
	void mergingKeepsBothHistoriesAndUndoingSeparatesThemAgain() {
		String kept = person("Marianne", "Mergetest", "1985-06-30");
		String duplicate = person("Maryanne", "Mergetest", "1985-06-30");
		Joins.join(http, jdbc, duplicate, cpn);
		http.postJson("/api/v1/people/" + duplicate + "/chronology",
				Json.of("occurredOn", "2026-10-01", "type", "ASSESSMENT", "summary", "Assessed on the duplicate", "kind", "FACT"), idva);
		http.postJson("/api/v1/people/" + duplicate + "/appointments",
				Json.of("startsAt", "2026-12-07T10:00", "minutes", 30, "withWhom", "CPN", "purpose", "Review"), cpn);
		http.send("PATCH", "/api/v1/people/" + duplicate, "application/json",
				Json.of("version", 0, "profile", Json.map("safeTimes", "Mornings only")), idva);
		assertThat(http.get("/api/v1/people/" + kept, cpn).status()).isEqualTo(404);

		var noReason = http.postJson("/api/v1/people/" + kept + "/merge", Json.of("duplicateId", duplicate), idva);
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("\"field\":\"reason\"");
		var merged = http.postJson("/api/v1/people/" + kept + "/merge",
				Json.of("duplicateId", duplicate, "reason", "Same date of birth; spelling of first name differs"), idva);
		assertThat(merged.status()).as(merged.body()).isEqualTo(200);
		String mergeId = merged.json().get("mergeId").asString();

		var old = http.get("/api/v1/people/" + duplicate, idva);
		assertThat(old.status()).isEqualTo(301);
		assertThat(old.location()).isEqualTo("/api/v1/people/" + kept);
		assertThat(http.get("/api/v1/people/" + kept + "/chronology", idva).body()).contains("Assessed on the duplicate");
		assertThat(http.get("/api/v1/people/" + kept + "/appointments?week=2026-12-07", cpn).json().get("items").size()).isEqualTo(1);
		assertThat(http.get("/api/v1/people/" + kept + "/involvements", cpn).body()).contains("Northshire Community Mental Health Team");
		assertThat(http.get("/api/v1/people/" + kept + "/involvements", idva).body()).as("being under the team is mental health information")
			.doesNotContain("Northshire Community Mental Health Team");
		assertThat(http.get("/api/v1/people/" + kept, cpn).status()).as("the duplicate's involvement comes with it").isEqualTo(200);
		assertThat(http.get("/api/v1/people/" + kept, idva).json().get("profile").get("safeTimes").get("value").asString())
			.as("and its profile").isEqualTo("Mornings only");
		assertThat(http.get("/api/v1/people/matches?givenName=Maryanne&familyName=Mergetest&dateOfBirth=1985-06-30", idva).body())
			.contains(kept).doesNotContain(duplicate);
		assertThat(audit("MERGE", kept)).isEqualTo(1);
		assertThat(audit("MERGE", duplicate)).isEqualTo(1);

		var undone = http.postJson("/api/v1/people/" + kept + "/merges/" + mergeId + "/undo", Json.of("reason", "Different NHS numbers: two people"),
				idva);
		assertThat(undone.status()).as(undone.body()).isEqualTo(200);
		assertThat(undone.json().get("undoneReason").asString()).isEqualTo("Different NHS numbers: two people");
		assertThat(http.get("/api/v1/people/" + duplicate, idva).status()).isEqualTo(200);
		assertThat(http.get("/api/v1/people/" + kept + "/chronology", idva).body()).doesNotContain("Assessed on the duplicate");
		assertThat(http.get("/api/v1/people/" + kept, cpn).status()).isEqualTo(404);
		assertThat(http.get("/api/v1/people/" + duplicate + "/chronology", idva).body()).contains("Assessed on the duplicate");
		assertThat(audit("UNMERGE", kept)).isEqualTo(1);
		assertThat(audit("UNMERGE", duplicate)).isEqualTo(1);
	}

	@Test
	void onlyRecordsTheUserMayChangeAndNeverAPerpetratorWithTheirVictim() {
		String victim = person("Verity", "Mergerule", "1990-01-01");
		String police = http.token("police");
		String suspect = http.postJson("/api/v1/people", Json.of("givenName", "Victor", "familyName", "Mergerule", "dateOfBirth", "1988-01-01"), police)
			.json().get("id").asString();
		var notMine = http.postJson("/api/v1/people/" + victim + "/merge", Json.of("duplicateId", suspect, "reason", "x"), idva);
		assertThat(notMine.status()).isEqualTo(400);
		assertThat(notMine.body()).contains("\"field\":\"duplicateId\"");

		Joins.join(http, jdbc, victim, police);
		http.postJson("/api/v1/people/" + victim + "/relationships", Json.of("personId", suspect, "type", "PERPETRATOR"), police);
		var compartments = http.postJson("/api/v1/people/" + victim + "/merge", Json.of("duplicateId", suspect, "reason", "x"), police);
		assertThat(compartments.status()).isEqualTo(422);
		assertThat(compartments.body()).contains("perpetrator and victim");
	}

	@Test
	void thePageOffersLikelyDuplicatesAndUndoesWithAReason() {
		String kept = person("Harriet", "Mergepage", "1979-02-14");
		String duplicate = person("Hattie", "Mergepage", "1979-02-14");
		http.signIn("idva", Demo.PASSWORD);
		String page = "/people/" + kept + "/merge";
		assertThat(http.get(page).body()).contains("Hattie Mergepage");
		var missing = http.postForm(page, Map.of("duplicateId", duplicate), page);
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body()).contains("Enter why these are the same person");
		assertThat(http.postForm(page, Map.of("duplicateId", duplicate, "reason", "Hattie is short for Harriet; same date of birth"), page).status())
			.isEqualTo(302);
		assertThat(http.get("/people/" + duplicate).location()).endsWith("/people/" + kept);
		String merged = http.get(page).body();
		assertThat(merged).contains("Hattie Mergepage").contains("Undo this merge").contains("Hattie is short for Harriet");
		String mergeId = jdbc.sql("select id from person_merge where kept_id = cast(? as uuid)").param(kept).query(String.class).single();
		var blank = http.postForm("/people/" + kept + "/merges/" + mergeId + "/undo", Map.of("reason", " "), page);
		assertThat(blank.body()).contains("Enter why the merge is being undone");
		assertThat(http.postForm("/people/" + kept + "/merges/" + mergeId + "/undo", Map.of("reason", "Two sisters"), page).status()).isEqualTo(302);
		assertThat(http.get(page).body()).contains("Undone").contains("Two sisters");
	}

	private long audit(String action, String person) {
		return jdbc.sql("select count(*) from audit_event where action = ? and person_id = ?").params(action, UUID.fromString(person))
			.query(Long.class).single();
	}

	private String person(String given, String family, String dob) {
		return http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", family, "dateOfBirth", dob), idva)
			.json().get("id").asString();
	}

}
