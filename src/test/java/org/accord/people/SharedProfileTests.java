package org.accord.people;

import java.util.LinkedHashMap;
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

/** The shared profile is filled once, shows where each field came from, and refuses bad or stale changes. */
@IntegrationTest
class SharedProfileTests {

	@Autowired
	Demo demo;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String idva;

	String police;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		idva = http.token("idva");
		police = http.token("police");
	}

	@Test
	void sylviasSafeContactIsRecordedWithItsSource() {
		String sylvia = demo.sylvia();
		JsonNode profile = http.get("/api/v1/people/" + sylvia, idva).json().get("profile");
		assertThat(profile.get("safeToText").get("value").asString()).isEqualTo("Yes");
		assertThat(profile.get("safeToWrite").get("value").asString()).isEqualTo("No");
		assertThat(profile.get("safeTimes").get("value").asString()).contains("not before 10:00");
		assertThat(profile.get("safeTimes").get("source").asString()).isEqualTo("Safer Futures");
		assertThat(profile.get("givenName").get("source").asString()).isEqualTo("Safer Futures");
		assertThat(profile.get("sexualOrientation").get("value").asString()).isEqualTo("Prefer not to say");
	}

	@Test
	void eachFieldKeepsTheAgencyThatSetItLastAndTheAuditNamesFieldsNotValues() {
		String id = person("Profila");
		Joins.join(http, jdbc, id, police);
		int version = patch(id, 0, Json.map("codeWord", "Snowdrop-canary", "mainLanguage", "polish", "interpreterNeeded", "yes"), idva)
			.json().get("version").asInt();
		JsonNode after = patch(id, version, Json.map("safeTimes", "Weekdays after 14:00"), police).json();
		assertThat(after.get("profile").has("codeWord")).as("Safer Futures has not shared its record of the code word").isFalse();

		JsonNode profile = http.get("/api/v1/people/" + id, idva).json().get("profile");
		assertThat(profile.has("safeTimes")).as("nor the police theirs with Safer Futures").isFalse();
		profile = http.get("/api/v1/people/" + id, police).json().get("profile");
		assertThat(profile.get("safeTimes").get("source").asString()).isEqualTo("Northshire Police");
		profile = http.get("/api/v1/people/" + id, idva).json().get("profile");
		assertThat(profile.get("codeWord").get("source").asString()).isEqualTo("Safer Futures");
		assertThat(profile.get("interpreterNeeded").get("value").asString()).as("options are stored as listed").isEqualTo("Yes");
		assertThat(profile.get("mainLanguage").get("value").asString()).isEqualTo("polish");
		assertThat(profile.get("codeWord").get("updatedAt").isNull()).isFalse();
		assertThat(jdbc.sql("select string_agg(coalesce(detail, ''), ' ') from audit_event where person_id = ? and action = 'UPDATE'")
			.param(UUID.fromString(id)).query(String.class).single())
			.contains("codeWord").contains("safeTimes").doesNotContain("Snowdrop-canary");

		var blind = patch(id, after.get("version").asInt(), Json.map("codeWord", "Overwritten"), police);
		assertThat(blind.status()).as("a value held by another agency is not overwritten blind").isEqualTo(400);
		assertThat(blind.body()).contains("profile.codeWord").contains("Safer Futures");
		JsonNode cleared = patch(id, after.get("version").asInt(), Json.map("codeWord", ""), idva).json();
		assertThat(cleared.get("profile").has("codeWord")).isFalse();
	}

	@Test
	void badValuesAreRefusedByFieldNameAndNothingIsWritten() {
		String id = person("Profilb");
		var response = patch(id, 0, Json.map("safeToPhone", "maybe", "favouriteColour", "blue", "email", "not-an-email", "pronouns", "they/them"),
				idva);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("profile.safeToPhone").contains("profile.favouriteColour").contains("profile.email");
		JsonNode now = http.get("/api/v1/people/" + id, idva).json();
		assertThat(now.get("version").asInt()).isZero();
		assertThat(now.get("profile").has("pronouns")).as("no half-written change").isFalse();
	}

	@Test
	void theSecondOfTwoConcurrentChangesGetsAConflictAndTheFirstIsKept() {
		String id = person("Profilc");
		assertThat(patch(id, 0, Json.map("safeTimes", "Mornings"), idva).status()).isEqualTo(200);
		var second = patch(id, 0, Json.map("safeTimes", "Evenings"), idva);
		assertThat(second.status()).isEqualTo(409);
		assertThat(http.get("/api/v1/people/" + id, idva).json().get("profile").get("safeTimes").get("value").asString()).isEqualTo("Mornings");
	}

	@Test
	void theProfilePageSavesAndAStaleFormKeepsWhatWasTypedAndShowsTheOtherChange() {
		String id = person("Profild");
		http.signIn("idva", Demo.PASSWORD);
		String page = "/people/" + id + "/profile";
		assertThat(http.get(page).body()).contains("Safe contact").contains("Diversity monitoring").contains("Prefer not to say");

		Map<String, String> form = form(0, "Weekday mornings");
		var saved = http.postForm(page, form, page);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(http.get("/people/" + id).body()).contains("Weekday mornings").contains("Safer Futures");

		var stale = http.postForm(page, form(0, "Only after 18:00"), page);
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone else changed this record").contains("Only after 18:00").contains("Weekday mornings");
		assertThat(http.get("/api/v1/people/" + id, idva).json().get("profile").get("safeTimes").get("value").asString())
			.isEqualTo("Weekday mornings");

		var invalid = http.postForm(page, Map.of("version", "1", "givenName", "Profild", "familyName", "Sharedtest", "dobDay", "2",
				"dobMonth", "2", "dobYear", "1990", "values[safeToVisit]", "Perhaps"), page);
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("Safe to visit must be one of");
	}

	private Map<String, String> form(int version, String safeTimes) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", String.valueOf(version));
		form.put("givenName", "Profild");
		form.put("familyName", "Sharedtest");
		form.put("dobDay", "2");
		form.put("dobMonth", "2");
		form.put("dobYear", "1990");
		form.put("values[safeTimes]", safeTimes);
		form.put("values[safeToWrite]", "No");
		return form;
	}

	private Http.Response patch(String id, int version, Map<String, Object> profile, String token) {
		return http.send("PATCH", "/api/v1/people/" + id, "application/json", Json.of("version", version, "profile", profile), token);
	}

	private String person(String given) {
		return http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", "Sharedtest", "dateOfBirth", "1990-02-02"), idva)
			.json().get("id").asString();
	}

}
