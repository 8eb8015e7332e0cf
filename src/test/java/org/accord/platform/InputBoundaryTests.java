package org.accord.platform;

import java.util.List;
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
 * The input boundary (issue 10): a NUL or other control character, half a surrogate pair or bytes that
 * are not UTF-8 are refused with a 400 naming the field or parameter, before anything reaches the
 * database; and JSON is read as written, so a number is no enum, boolean or date and a fraction is no
 * whole number. Nothing is stored by a refused request.
 */
@IntegrationTest
class InputBoundaryTests {

	@Autowired
	Demo demo;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String idva;

	String sylvia;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		idva = http.token("idva");
		sylvia = demo.sylvia();
	}

	@Test
	void aNulCharacterIsRefusedNamingTheFieldEvenBeforeSignIn() {
		var token = http.postJson("/api/v1/auth/token", "{\"username\":\"a\\u0000b\",\"password\":\"x\"}");
		assertThat(token.status()).isEqualTo(400);
		assertThat(token.contentType()).startsWith("application/problem+json");
		assertThat(token.body()).contains("\"field\":\"username\"");
		long before = entries();
		var entry = http.postJson("/api/v1/people/" + sylvia + "/chronology",
				"{\"occurredOn\":\"2026-01-02\",\"type\":\"CONTACT\",\"kind\":\"FACT\",\"summary\":\"Phoned\\u0000her\"}", idva);
		assertThat(entry.status()).isEqualTo(400);
		assertThat(entry.body()).contains("\"field\":\"summary\"");
		var surrogate = http.postJson("/api/v1/people/" + sylvia + "/chronology",
				"{\"occurredOn\":\"2026-01-02\",\"type\":\"CONTACT\",\"kind\":\"FACT\",\"summary\":\"Half \\ud800 a character\"}", idva);
		assertThat(surrogate.status()).isEqualTo(400);
		assertThat(surrogate.body()).contains("\"field\":\"summary\"");
		assertThat(entries()).as("nothing stored").isEqualTo(before);
		var fine = http.postJson("/api/v1/people/" + sylvia + "/chronology",
				"{\"occurredOn\":\"2026-01-02\",\"type\":\"CONTACT\",\"kind\":\"FACT\",\"summary\":\"Zoë phoned 😀\\n\\tsecond line\"}", idva);
		assertThat(fine.status()).as(fine.body()).isEqualTo(201);
		jdbc.sql("delete from chronology_entry where summary like 'Zoë phoned%'").update();
	}

	@Test
	void aQueryOrFormParameterThatIsNotCleanUtf8IsRefusedNamingIt() {
		var invalid = http.get("/api/v1/agencies?page=%FF", idva);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.contentType()).startsWith("application/problem+json");
		var nul = http.get("/api/v1/people/matches?givenName=Syl%00via&familyName=Smith", idva);
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("givenName");
		Http page = new Http(port);
		page.signIn("idva", Demo.PASSWORD);
		var form = page.postForm("/people/find", Map.of("givenName", "Syl\u0000via", "familyName", "Smith"), "/people");
		assertThat(form.status()).isEqualTo(400);
		assertThat(page.get("/people?q=%FF").status()).isEqualTo(400);
	}

	@Test
	void jsonIsReadAsWrittenWithoutCoercion() {
		String entry = "/api/v1/people/" + sylvia + "/chronology";
		for (var bad : List.of(
				List.of("{\"occurredOn\":\"2026-01-02\",\"type\":\"CONTACT\",\"kind\":\"FACT\",\"summary\":\"x\",\"category\":9}", "category"),
				List.of("{\"occurredOn\":\"2026-01-02\",\"type\":\"CONTACT\",\"kind\":1,\"summary\":\"x\"}", "kind"),
				List.of("{\"occurredOn\":123,\"type\":\"CONTACT\",\"kind\":\"FACT\",\"summary\":\"x\"}", "occurredOn"),
				List.of("{\"occurredOn\":\"2026-01-02\",\"type\":\"CONTACT\",\"kind\":\" FACT\",\"summary\":\"x\"}", "kind"))) {
			var r = http.postJson(entry, bad.get(0), idva);
			assertThat(r.status()).as(bad.get(0)).isEqualTo(400);
			assertThat(r.body()).as(bad.get(0)).contains("\"field\":\"" + bad.get(1) + "\"");
		}
		var fraction = http.postJson("/api/v1/people/" + sylvia + "/appointments",
				"{\"startsAt\":\"2030-01-07T10:00\",\"minutes\":30.5,\"withWhom\":\"x\",\"purpose\":\"y\"}", idva);
		assertThat(fraction.status()).isEqualTo(400);
		assertThat(fraction.body()).contains("\"field\":\"minutes\"");
		var version = http.send("PATCH", "/api/v1/people/" + sylvia, "application/json", "{\"version\":1.5}", idva);
		assertThat(version.status()).isEqualTo(400);
		assertThat(version.body()).contains("\"field\":\"version\"");
		var told = http.postJson("/api/v1/people/" + sylvia + "/sharing-decisions", "{\"agencyId\":\"" + agency() + "\",\"categories\":[\"RISK\"],"
				+ "\"decision\":\"SHARE\",\"grounds\":\"SERIOUS_HARM_TO_PERSON\",\"justification\":\"x\",\"personTold\":-1}", idva);
		assertThat(told.status()).isEqualTo(400);
		assertThat(told.body()).contains("\"field\":\"personTold\"");
	}

	@Test
	void datesOutsideTheirSensibleRangeAndNullListElementsAreRefusedByName() {
		var ancient = http.postJson("/api/v1/people", Json.of("givenName", "Old", "familyName", "Date", "dateOfBirth", "-999999999-01-01"), idva);
		assertThat(ancient.status()).isEqualTo(400);
		assertThat(ancient.body()).contains("\"field\":\"dateOfBirth\"");
		var future = http.postJson("/api/v1/people", Json.of("givenName", "Not", "familyName", "Born", "dateOfBirth", "2999-01-01"), idva);
		assertThat(future.status()).isEqualTo(400);
		assertThat(http.get("/api/v1/people/matches?givenName=Sylvia&familyName=Smith&dateOfBirth=0000-01-01", idva).body())
			.contains("\"field\":\"dateOfBirth\"");
		var week = http.get("/api/v1/people/" + sylvia + "/appointments?week=+999999999-12-31", idva);
		assertThat(week.status()).isEqualTo(400);
		assertThat(week.body()).contains("\"field\":\"week\"");
		var expiry = http.postJson("/api/v1/people/" + sylvia + "/consents", Json.of("agencyIds", List.of(agency()), "categories", List.of("RISK"),
				"purpose", "x", "expiresOn", "+999999999-12-31"), idva);
		assertThat(expiry.status()).isEqualTo(400);
		assertThat(expiry.body()).contains("\"field\":\"expiresOn\"");
		var nullCategory = http.postJson("/api/v1/people/" + sylvia + "/consents", "{\"agencyIds\":[\"" + agency() + "\"],\"categories\":[null],"
				+ "\"purpose\":\"x\"}", idva);
		assertThat(nullCategory.status()).isEqualTo(400);
		assertThat(nullCategory.body()).contains("categories");
		var blankNeed = http.get("/api/v1/services?need=%20%20%20", idva);
		assertThat(blankNeed.status()).isEqualTo(400);
		assertThat(blankNeed.body()).contains("need");
		Http page = new Http(port);
		page.signIn("idva", Demo.PASSWORD);
		var farYear = page.postForm("/people/find", Map.of("givenName", "Sylvia", "familyName", "Smith", "dobDay", "4", "dobMonth", "12",
				"dobYear", "999999999"), "/people");
		assertThat(farYear.status()).isEqualTo(200);
		assertThat(farYear.body()).contains("There is a problem").contains("href=\"#dobDay\"");
	}

	private long entries() {
		return jdbc.sql("select count(*) from chronology_entry").query(Long.class).single();
	}

	private String agency() {
		return jdbc.sql("select id::text from agency where name = 'Northshire Homes Tenancy Support'").query(String.class).single();
	}

}
