package org.accord.people;

import java.util.List;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.accord.support.SubjectAccessRequestsFixture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything held about a person, for the information governance lead, with everything about anyone else marked for review. */
@IntegrationTest
class SubjectAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sylviasExportHoldsEveryAgencysRecordsAndMarksOtherPeopleAndOpinionsForReview() {
		Http http = new Http(port);
		String ig = http.token("ig");
		String sylvia = id("Sylvia", "1987-12-04");
		String request = SubjectAccessRequestsFixture.open(port, sylvia);
		String reference = jdbc.sql("select reference from subject_access_request where id = cast(? as uuid)").param(request)
			.query(String.class).single();
		JsonNode export = http.get("/api/v1/people/" + sylvia + "/subject-access?request=" + request, ig).json();
		assertThat(export.get("reference").asString()).isEqualTo(reference).startsWith("SAR-");
		String all = export.toString();
		assertThat(all).contains("not before 10:00").contains("Informal admission").contains("15 of 24").contains("Care plan review")
			.contains("Joined-up care for her mental health and drinking").contains("A confidential location is held by Safer Futures")
			.contains("Referred by Jane Morris to Safer Futures IDVA service (Safer Futures)").contains("Now accepted")
			.as("the address never leaves Safer Futures, not even to governance").doesNotContain("Larch Close").doesNotContain("NB3 7QT");
		List<JsonNode> items = export.get("sections").valueStream().flatMap(s -> s.get("items").valueStream()).toList();
		assertThat(items).filteredOn(i -> i.get("text").asString().contains("confidential location")).isNotEmpty()
			.allMatch(i -> i.get("review").asBoolean() && i.get("reviewReason").asString().contains("ask Safer Futures"));
		assertThat(items).filteredOn(i -> i.get("text").asString().contains("professional opinion")).isNotEmpty()
			.allMatch(i -> i.get("review").asBoolean());
		for (String other : List.of("Mark Smith", "Sian", "James", "Paul")) {
			assertThat(items).as(other).filteredOn(i -> !i.get("review").asBoolean()).noneMatch(i -> i.get("text").asString().contains(other));
		}
		assertThat(export.get("forReview").asInt()).isPositive();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SUBJECT_ACCESS' and reason = ?").param(reference).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void anotherPersonNamedInARecordIsMarkedAndThePerpetratorsExportHoldsNothingOfTheVictim() {
		Http http = new Http(port);
		String idva = http.token("idva");
		String ig = http.token("ig");
		String person = create(http, idva, "Ruth", "Requesttest");
		String sister = create(http, idva, "Quilla", "Zebedee");
		http.postJson("/api/v1/people/" + person + "/relationships", Json.of("personId", sister, "type", "FAMILY"), idva);
		http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-09-01", "type", "CONTACT",
				"summary", "Quilla Zebedee rang to say Ruth was frightened", "kind", "FACT"), idva);
		http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-09-02", "type", "CONTACT",
				"summary", "Ruth came to the office", "kind", "FACT"), idva);
		String request = SubjectAccessRequestsFixture.open(port, person);
		List<JsonNode> items = http.get("/api/v1/people/" + person + "/subject-access?request=" + request, ig).json().get("sections").valueStream()
			.flatMap(s -> s.get("items").valueStream()).toList();
		assertThat(items).filteredOn(i -> i.get("text").asString().contains("Zebedee")).hasSize(2).allMatch(i -> i.get("review").asBoolean());
		assertThat(items).filteredOn(i -> i.get("text").asString().contains("came to the office")).singleElement()
			.matches(i -> !i.get("review").asBoolean());

		String mark = id("Mark", "1984-05-17");
		String export = http.get("/api/v1/people/" + mark + "/subject-access?request=" + SubjectAccessRequestsFixture.open(port, mark), ig).body();
		assertThat(export).contains("Trial listed").doesNotContain("Larch Close").doesNotContain("07700 900 461").doesNotContain("not before 10:00");

		assertThat(http.get("/api/v1/people/" + person + "/subject-access?request=" + request, idva).status()).as("information governance only").isEqualTo(404);
		var noRequest = http.get("/api/v1/people/" + person + "/subject-access", ig);
		assertThat(noRequest.status()).isEqualTo(400);
		assertThat(noRequest.body()).contains("\"field\":\"request\"");
		var anothersRequest = http.get("/api/v1/people/" + mark + "/subject-access?request=" + request, ig);
		assertThat(anothersRequest.status()).as("a request answers for its own person only").isEqualTo(400);
		assertThat(anothersRequest.body()).contains("\"field\":\"request\"");

		Http pages = new Http(port);
		pages.signIn("ig", Demo.PASSWORD);
		assertThat(pages.get("/governance/people?q=Requesttest").body()).contains("Ruth Requesttest").contains("Subject access");
		assertThat(pages.get("/people/" + person + "/subject-access?request=" + request).body()).contains("For review").contains("came to the office");
		var pdf = pages.download("/people/" + person + "/subject-access.pdf?request=" + request, null);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.pdfText()).contains("Subject access: Ruth Requesttest").contains("FOR REVIEW BEFORE RELEASE").contains("came to the office");
	}

	private String id(String given, String dob) {
		return jdbc.sql("select id from person where given_name = ? and family_name = 'Smith' and date_of_birth = cast(? as date)").params(given, dob)
			.query(String.class).single();
	}

	private static String create(Http http, String token, String given, String family) {
		return http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", family, "dateOfBirth", "1979-07-07"), token)
			.json().get("id").asString();
	}

}
