package org.accord.people;

import java.util.Map;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person is found by an identifier another service knows them by (an exact match ranks first) and by a
 * name they used before; each identifier is a record with a category like any other (issue 11).
 */
@IntegrationTest
class IdentifierMatchingTests {

	@Autowired
	Demo demo;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String sylvia;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		sylvia = demo.sylvia();
	}

	@Test
	void sylviaIsFoundByHerNhsNumberFirstAndByHerFormerSurname() {
		String cpn = http.token("cpn");
		var byNumber = http.get("/api/v1/people/matches?identifier=NHS_NUMBER:943%20476%205919&givenName=Sylvia&familyName=Smith", cpn).json();
		assertThat(byNumber.get("items").get(0).get("id").asString()).isEqualTo(sylvia);
		assertThat(byNumber.get("items").get(0).get("score").asDouble()).isEqualTo(1.0);
		assertThat(byNumber.get("items").valueStream().filter(m -> m.get("id").asString().equals(sylvia)).count())
			.as("listed once, though her name matches too").isEqualTo(1);

		var byFormerName = http.get("/api/v1/people/matches?givenName=Sylvia&familyName=Hartley&dateOfBirth=1987-12-04", cpn).json();
		assertThat(byFormerName.get("items").get(0).get("id").asString()).isEqualTo(sylvia);
		assertThat(byFormerName.get("items").get(0).get("name").asString()).as("shown by her name now").isEqualTo("Sylvia Smith");

		var wrong = http.get("/api/v1/people/matches?identifier=NHS_NUMBER:943%20476%205918", cpn);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("\"field\":\"identifier\"");
		var unknownType = http.get("/api/v1/people/matches?identifier=PASSPORT:123", cpn);
		assertThat(unknownType.status()).isEqualTo(400);
		assertThat(unknownType.body()).contains("\"field\":\"identifier\"");
		assertThat(http.get("/api/v1/people/matches?identifier=NHS_NUMBER:9434765919", http.token("board")).status())
			.as("the index is for case work").isEqualTo(403);
	}

	@Test
	void anIdentifierIsCheckedRecordedOnceAndSeenOnlyByThoseWhoMaySeeItsCategory() {
		String idva = http.token("idva");
		String person = http.postJson("/api/v1/people", Json.of("givenName", "Idris", "familyName", "Numbertest", "dateOfBirth", "1979-03-03"), idva)
			.json().get("id").asString();
		var bad = http.postJson("/api/v1/people/" + person + "/identifiers", Json.of("type", "NHS_NUMBER", "value", "123 456 7890"), idva);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"field\":\"value\"");
		var added = http.postJson("/api/v1/people/" + person + "/identifiers", Json.of("type", "NHS_NUMBER", "value", "401 023 2137"), idva);
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("value").asString()).isEqualTo("4010232137");
		assertThat(http.postJson("/api/v1/people/" + person + "/identifiers", Json.of("type", "NHS_NUMBER", "value", "4010232137"), idva).status())
			.isEqualTo(409);
		assertThat(http.postJson("/api/v1/people/" + person + "/identifiers", Json.of("type", "OTHER", "value", "X"), idva).status())
			.isEqualTo(400);

		String police = http.token("police");
		assertThat(http.postJson("/api/v1/people/" + sylvia + "/identifiers", Json.of("type", "POLICE_REFERENCE", "value", "nb/2026/0412"), police)
			.json().get("category").asString()).isEqualTo("CRIMINAL_JUSTICE");
		assertThat(http.get("/api/v1/people/" + sylvia + "/identifiers", police).body()).contains("NB/2026/0412");
		assertThat(http.get("/api/v1/people/" + sylvia + "/identifiers", http.token("housing")).body())
			.as("no consent covers criminal justice records for housing").doesNotContain("NB/2026/0412").contains("9434765919");
		assertThat(http.postJson("/api/v1/people/" + sylvia + "/identifiers", Json.of("type", "OTHER", "value", "REF-1"),
				http.token("board")).status()).as("writing needs a current involvement").isIn(403, 404);
	}

	@Test
	void aliasesRecordedInTheProfileTakePartInMatching() {
		String idva = http.token("idva");
		String person = http.postJson("/api/v1/people", Json.of("givenName", "Joanna", "familyName", "Quennell", "dateOfBirth", "1990-10-10"), idva)
			.json().get("id").asString();
		var changed = http.send("PATCH", "/api/v1/people/" + person, "application/json",
				Json.of("version", 0, "profile", Json.map("aliases", "formerly Jo Brackenbury; Jojo")), idva);
		assertThat(changed.status()).isEqualTo(200);
		String cpn = http.token("cpn");
		assertThat(http.get("/api/v1/people/matches?givenName=Jo&familyName=Brackenbury&dateOfBirth=1990-10-10", cpn).body()).contains(person);
		assertThat(http.get("/api/v1/people/matches?givenName=Jojo&familyName=Quennell", cpn).body()).contains(person);
		http.send("PATCH", "/api/v1/people/" + person, "application/json", Json.of("version", 1, "profile", Json.map("aliases", null)), idva);
		assertThat(http.get("/api/v1/people/matches?givenName=Jo&familyName=Brackenbury", cpn).body())
			.as("an alias removed no longer matches").doesNotContain(person);
	}

	@Test
	void thePagesAddAnIdentifierAndFindByIt() {
		Http idva = new Http(port);
		idva.signIn("idva", Demo.PASSWORD);
		String person = new Http(port).postJson("/api/v1/people", Json.of("givenName", "Ffion", "familyName", "Pagetest", "dateOfBirth", "1985-05-05"),
				new Http(port).token("idva")).json().get("id").asString();
		String form = "/people/" + person + "/identifiers/new";
		var blank = idva.postForm(form, Map.of(), form);
		assertThat(blank.body()).contains("govuk-error-summary").contains("href=\"#type\"").contains("href=\"#value\"");
		var wrong = idva.postForm(form, Map.of("type", "NHS_NUMBER", "value", "999 999 9990"), form);
		assertThat(wrong.body()).contains("href=\"#value\"").contains("Enter a real NHS number");
		var added = idva.postForm(form, Map.of("type", "LOCAL_AUTHORITY_NUMBER", "value", "lac-55012"), form);
		assertThat(added.status()).isEqualTo(302);
		assertThat(idva.get("/people/" + person).body()).contains("Local authority case number").contains("LAC-55012");

		var found = idva.postForm("/people/find/identifier", Map.of("type", "LOCAL_AUTHORITY_NUMBER", "value", "LAC-55012"), "/people");
		assertThat(found.body()).contains("Is it one of these people?").contains("Ffion Pagetest").doesNotContain("as a new person");
		var empty = idva.postForm("/people/find/identifier", Map.of("type", "NHS_NUMBER", "value", ""), "/people");
		assertThat(empty.body()).contains("govuk-error-summary").contains("href=\"#identifierValue\"");
	}

}
