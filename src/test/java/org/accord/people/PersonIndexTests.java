package org.accord.people;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PersonIndexTests {

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
	void misspeltNamesSwappedDayAndMonthAndShortFormsStillMatch() {
		String family = "Smith" + suffix();
		create(idva, "Sylvia", family, "1987-12-04", "NB3 7QT");
		String misspelt = family.replace("Smith", "Smyth");
		JsonNode found = http.get("/api/v1/people/matches?givenName=Silvia&familyName=" + misspelt + "&dateOfBirth=1987-04-12", cpn).json();
		assertThat(names(found)).contains("Sylvia " + family);

		String jones = "Jones" + suffix();
		create(idva, "William", jones, "1975-03-01", null);
		assertThat(names(http.get("/api/v1/people/matches?givenName=Bill&familyName=" + jones + "&dateOfBirth=1975-03-01", cpn).json()))
			.contains("William " + jones);
		assertThat(names(http.get("/api/v1/people/matches?givenName=William&familyName=" + jones + "-Ahmed&dateOfBirth=1975-03-01", cpn).json()))
			.as("a hyphenated surname").contains("William " + jones);
	}

	@Test
	void aMatchRevealsOnlyNameYearOfBirthAndArea() {
		String family = "Okoro" + suffix();
		create(idva, "Grace", family, "1990-06-15", "SM2 4BB");
		JsonNode found = http.get("/api/v1/people/matches?givenName=Grace&familyName=" + family + "&dateOfBirth=1990-06-15", cpn).json();
		JsonNode match = found.get("items").get(0);
		assertThat(Set.copyOf(match.propertyNames())).isEqualTo(Set.of("id", "name", "yearOfBirth", "area", "score"));
		assertThat(match.get("yearOfBirth").asInt()).isEqualTo(1990);
		assertThat(match.get("area").asString()).isEqualTo("SM2");
		assertThat(found.toString()).doesNotContain("1990-06-15").doesNotContain("4BB");
	}

	@Test
	void anUninvolvedAgencyGetsTheSame404AsForAnUnknownIdAndTheAttemptIsAudited() {
		String id = create(idva, "Nadia", "Haddad" + suffix(), "1992-01-20", null);
		var unknown = http.get("/api/v1/people/" + UUID.randomUUID(), cpn);
		var hidden = http.get("/api/v1/people/" + id, cpn);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.json().get("detail").asString()).isEqualTo(unknown.json().get("detail").asString());
		assertThat(http.get("/api/v1/people/" + id + "/involvements", cpn).status()).isEqualTo(404);
		assertThat(audit(id, "cpn", "DENIED")).isEqualTo(2);


		Http cpnBrowser = new Http(port);
		cpnBrowser.signIn("cpn", Demo.PASSWORD);
		var page = cpnBrowser.get("/people/" + id);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("Nadia");
		Http idvaBrowser = new Http(port);
		idvaBrowser.signIn("idva", Demo.PASSWORD);
		assertThat(idvaBrowser.get("/people/" + id).body()).contains("Nadia").contains("What is shared with you").contains("Safer Futures");

		var visible = http.get("/api/v1/people/" + id, idva);
		assertThat(visible.status()).isEqualTo(200);
		assertThat(visible.json().get("givenName").asString()).isEqualTo("Nadia");
		assertThat(visible.json().get("grounds").get("CORE_PROFILE").asString()).contains("involved");
		assertThat(audit(id, "idva", "SUCCESS")).isPositive();
	}

	@Test
	void anAgencyThatJoinsThroughTheMatchesThenSeesTheRecordAndWhoIsInvolved() {
		String family = "Novak" + suffix();
		String id = create(idva, "Eva", family, "1985-09-09", null);
		String involvement = Json.of("role", "Community psychiatric nurse", "grounds", "REFERRAL_RECEIVED", "reason", "Referred to us");
		var guessed = http.postJson("/api/v1/people/" + id + "/involvements", involvement, cpn);
		assertThat(guessed.status()).as("an id the team never found in a search is as good as unknown").isEqualTo(404);
		assertThat(http.get("/api/v1/people/matches?givenName=Eva&familyName=" + family + "&dateOfBirth=1985-09-09", cpn).body()).contains(id);
		var joined = http.postJson("/api/v1/people/" + id + "/involvements", involvement, cpn);
		assertThat(joined.status()).isEqualTo(201);
		assertThat(http.get("/api/v1/people/" + id, cpn).status()).isEqualTo(200);
		JsonNode involved = http.get("/api/v1/people/" + id + "/involvements", cpn).json().get("items");
		assertThat(involved.toString()).contains("Northshire Community Mental Health Team").contains("Community psychiatric nurse")
			.contains("REFERRAL_RECEIVED").as("Safer Futures' own involvement is not shared with the team").doesNotContain("Safer Futures");
		assertThat(http.get("/api/v1/people/" + id + "/involvements", idva).body()).as("nor the team's with Safer Futures")
			.contains("Safer Futures").doesNotContain("Mental Health Team");
		assertThat(http.get("/api/v1/notifications", idva).body()).as("Safer Futures is told who joined and why")
			.contains("Northshire Community Mental Health Team joined").contains("Referred to us");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'INVOLVE' and person_id = ?")
			.param(UUID.fromString(id)).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void twoPeopleEditingTheSameProfileTheSecondGetsAConflictAndNothingIsLost() {
		String id = create(idva, "Ruth", "Kaye" + suffix(), "1970-02-02", null);
		var first = http.send("PATCH", "/api/v1/people/" + id, "application/json", Json.of("version", 0, "gender", "Female"), idva);
		assertThat(first.status()).isEqualTo(200);
		var second = http.send("PATCH", "/api/v1/people/" + id, "application/json", Json.of("version", 0, "givenName", "Rachel"), idva);
		assertThat(second.status()).isEqualTo(409);
		JsonNode now = http.get("/api/v1/people/" + id, idva).json();
		assertThat(now.get("gender").asString()).isEqualTo("Female");
		assertThat(now.get("givenName").asString()).isEqualTo("Ruth");
	}

	@Test
	void badInputNamesEachFieldAndCreatesNothing() {
		int before = jdbc.sql("select count(*) from person").query(Integer.class).single();
		var r = http.postJson("/api/v1/people", Json.of("givenName", "", "familyName", "<script>", "dateOfBirth", "2999-01-01"), idva);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("\"field\":\"givenName\"").contains("\"field\":\"familyName\"").contains("\"field\":\"dateOfBirth\"");
		assertThat(http.postJson("/api/v1/people", Json.of("givenName", "A", "familyName", "B", "dateOfBirth", "12/04/1987"), idva)
			.json().get("errors").get(0).get("field").asString()).isEqualTo("dateOfBirth");
		assertThat(jdbc.sql("select count(*) from person").query(Integer.class).single()).isEqualTo(before);
	}

	private String create(String token, String given, String family, String dob, String postcode) {
		String body = postcode == null
				? Json.of("givenName", given, "familyName", family, "dateOfBirth", dob)
				: Json.of("givenName", given, "familyName", family, "dateOfBirth", dob, "postcode", postcode);
		var r = http.postJson("/api/v1/people", body, token);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private int audit(String personId, String username, String outcome) {
		return jdbc.sql("select count(*) from audit_event where person_id = ? and username = ? and outcome = ?")
			.params(UUID.fromString(personId), username, outcome).query(Integer.class).single();
	}

	private static List<String> names(JsonNode found) {
		List<String> names = new java.util.ArrayList<>();
		found.get("items").forEach(i -> names.add(i.get("name").asString()));
		return names;
	}

	/** Letters only, so each test's people are distinct yet still look like names. */
	private static String suffix() {
		StringBuilder s = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
			s.append((char) ('a' + Character.digit(c, 16) % 26));
		}
		return s.toString();
	}

}
