package org.accord.people;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Joins;
import org.accord.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** One chronology across agencies: source, author, fact or opinion, provenance, filters and a PDF for the meeting. */
@IntegrationTest
class ChronologyTests {

	@Autowired
	Demo demo;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String idva;

	String cpn;

	String sylvia;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		idva = http.token("idva");
		cpn = http.token("cpn");
		sylvia = demo.sylvia();
	}

	@Test
	void sylviasChronologyMergesTheAgenciesEntriesWithSourceAuthorAndKind() {
		JsonNode items = http.get("/api/v1/people/" + sylvia + "/chronology", cpn).json().get("items");
		assertThat(items.size()).isGreaterThanOrEqualTo(8);
		assertThat(items.valueStream().map(e -> e.get("source").asString())).contains("Northshire Police", "Safer Futures",
				"Northshire Family Alcohol Service", "Northshire Community Mental Health Team");
		assertThat(items.valueStream().map(e -> e.get("kind").asString())).contains("FACT", "OPINION");
		JsonNode checklist = items.valueStream().filter(e -> e.get("summary").asString().contains("15 of 24")).findFirst().orElseThrow();
		assertThat(checklist.get("author").asString()).isEqualTo("Amira Khan");
		assertThat(checklist.get("provenance").asString()).isEqualTo("Risk identification checklist");
		assertThat(items.get(0).get("occurredOn").asString()).isLessThan(items.get(items.size() - 1).get("occurredOn").asString());

		String police = jdbc.sql("select id from agency where name = 'Northshire Police'").query(String.class).single();
		JsonNode byPolice = http.get("/api/v1/people/" + sylvia + "/chronology?agency=" + police, cpn).json().get("items");
		assertThat(byPolice.valueStream().map(e -> e.get("source").asString())).isNotEmpty().containsOnly("Northshire Police");
		JsonNode incidents = http.get("/api/v1/people/" + sylvia + "/chronology?type=INCIDENT", cpn).json().get("items");
		assertThat(incidents.valueStream().map(e -> e.get("type").asString())).isNotEmpty().containsOnly("INCIDENT");
		assertThat(http.get("/api/v1/people/" + sylvia + "/chronology?type=PARTY", cpn).status()).isEqualTo(400);
	}

	@Test
	void anEntryNeedsItsFieldsAndAConfidentialLocationEntryStaysWithItsAgency() {
		String id = http.postJson("/api/v1/people", Json.of("givenName", "Chrona", "familyName", "Logytest", "dateOfBirth", "1992-01-05"), idva)
			.json().get("id").asString();
		var missing = http.postJson("/api/v1/people/" + id + "/chronology", Json.of("occurredOn", "2026-11-01", "type", "INCIDENT", "summary", "x"),
				idva);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("\"field\":\"kind\"");
		var future = http.postJson("/api/v1/people/" + id + "/chronology",
				Json.of("occurredOn", "2099-01-01", "type", "INCIDENT", "summary", "x", "kind", "FACT"), idva);
		assertThat(future.body()).contains("\"field\":\"occurredOn\"");
		assertThat(http.postJson("/api/v1/people/" + id + "/chronology",
				Json.of("occurredOn", "2099-01-01", "type", "COURT", "summary", "Hearing listed", "kind", "FACT"), idva).status())
			.as("a court date may lie ahead").isEqualTo(201);

		var created = http.postJson("/api/v1/people/" + id + "/chronology",
				Json.of("occurredOn", "2026-11-01", "type", "MOVE", "summary", "Moved to 9 Canary Row", "kind", "FACT",
						"category", "CONFIDENTIAL_LOCATION"), idva);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("author").asString()).isEqualTo("Amira Khan");
		assertThat(created.json().get("source").asString()).isEqualTo("Safer Futures");
		Joins.join(http, jdbc, id, cpn);
		assertThat(http.get("/api/v1/people/" + id + "/chronology", idva).body()).contains("Canary Row");
		assertThat(http.get("/api/v1/people/" + id + "/chronology", cpn).body()).as("nothing shared with the mental health team yet")
			.doesNotContain("Hearing listed").doesNotContain("Canary Row");
		String cmht = jdbc.sql("select id from agency where name = 'Northshire Community Mental Health Team'").query(String.class).single();
		http.postJson("/api/v1/people/" + id + "/consents", Json.of("agencyIds", List.of(cmht), "categories", List.of("CRIMINAL_JUSTICE", "HOUSING"),
				"purpose", "Care planning"), idva);
		assertThat(http.get("/api/v1/people/" + id + "/chronology", cpn).body()).as("consent shares the court date, never the location")
			.contains("Hearing listed").doesNotContain("Canary Row");
		assertThat(http.get("/api/v1/people/" + id + "/chronology", http.token("housing")).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and entity_type = 'CHRONOLOGY_ENTRY' and person_id = ?")
			.param(UUID.fromString(id)).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void thePageFiltersAddsEntriesAndExportsAnAuditedPdf() {
		http.signIn("drugworker", Demo.PASSWORD);
		String page = "/people/" + sylvia + "/chronology";
		assertThat(http.get(page).body()).contains("Professional opinion").contains("Risk identification checklist");
		assertThat(http.get(page + "?type=ADMISSION").body()).contains("Informal admission").doesNotContain("15 of 24");

		var invalid = http.postForm(page + "/new", Map.of("day", "31", "month", "2", "year", "2026", "summary", ""), page + "/new");
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("The date must be a real date").contains("Enter what happened")
			.contains("Select whether this is a fact or a professional opinion");
		var added = http.postForm(page + "/new", Map.of("day", "20", "month", "11", "year", "2026", "type", "CONTACT",
				"summary", "Sylvia missed her appointment and texted to rearrange", "kind", "FACT", "category", "", "provenance", "Text message"),
				page + "/new");
		assertThat(added.status()).isEqualTo(302);
		assertThat(http.get(page).body()).contains("Sylvia missed her appointment");

		var pdf = http.download(page + ".pdf", null);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		String text = pdf.pdfText();
		assertThat(text).contains("Chronology: Sylvia Smith").contains("OFFICIAL-SENSITIVE").contains("15 of 24")
			.contains("Professional opinion").contains("Jane Morris");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and person_id = ?")
			.param(UUID.fromString(sylvia)).query(Integer.class).single()).isPositive();
	}

}
