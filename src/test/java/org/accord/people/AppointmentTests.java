package org.accord.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** One calendar per person across agencies, with the week's load and clashes made visible. */
@IntegrationTest
class AppointmentTests {

	@Autowired
	Demo demo;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String idva;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		idva = http.token("idva");
	}

	@Test
	void sylviasWeekShowsSevenAppointmentsTooManyAndTheWednesdayClash() {
		String sylvia = sylvia();
		JsonNode week = http.get("/api/v1/people/" + sylvia + "/appointments?week=" + demoMonday(sylvia), http.token("cpn")).json();
		assertThat(week.get("items").size()).isEqualTo(7);
		assertThat(week.get("load").get("appointments").asInt()).isEqualTo(7);
		assertThat(week.get("load").get("agencies").asInt()).isEqualTo(7);
		assertThat(week.get("load").get("limit").asInt()).isEqualTo(5);
		assertThat(week.get("load").get("overloaded").asBoolean()).isTrue();
		assertThat(week.get("clashes").size()).isEqualTo(1);
		assertThat(week.get("items").valueStream().filter(i -> i.get("clash").asBoolean()).map(i -> i.get("withWhom").asString()))
			.containsExactlyInAnyOrder("Parenting group", "Amira Khan, IDVA");
	}

	@Test
	void aNewAppointmentIsMadeWithItsWarningsAndBadInputNamesTheField() {
		String id = person("Appta");
		var first = post(id, Json.of("startsAt", "2026-12-01T10:00", "minutes", 60, "withWhom", "IDVA", "purpose", "Safety planning"));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("warnings").size()).isZero();
		var clash = post(id, Json.of("startsAt", "2026-12-01T10:30", "minutes", 30, "withWhom", "Health visitor", "purpose", "Check",
				"location", "Clinic"));
		assertThat(clash.status()).isEqualTo(201);
		assertThat(clash.json().get("appointment").get("clash").asBoolean()).isTrue();
		assertThat(clash.json().get("warnings").get(0).asString()).contains("clashes with IDVA").contains("Tuesday 1 December at 10:00");
		for (int day = 2; day <= 5; day++) {
			post(id, Json.of("startsAt", "2026-12-0" + day + "T09:00", "minutes", 30, "withWhom", "Worker " + day, "purpose", "Visit"));
		}
		var sixth = http.get("/api/v1/people/" + id + "/appointments?week=2026-12-03", idva).json();
		assertThat(sixth.get("week").asString()).isEqualTo("2026-11-30");
		assertThat(sixth.get("load").get("overloaded").asBoolean()).isTrue();

		var tooShort = post(id, Json.of("startsAt", "2026-12-01T10:00", "minutes", 2, "withWhom", "x", "purpose", "y"));
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.body()).contains("\"field\":\"minutes\"");
		var notATime = post(id, Json.of("startsAt", "next tuesday", "minutes", 20, "withWhom", "x", "purpose", "y"));
		assertThat(notATime.status()).isEqualTo(400);
		assertThat(notATime.body()).contains("startsAt");
		assertThat(http.get("/api/v1/people/" + id + "/appointments", http.token("housing")).status()).isEqualTo(404);
	}

	@Test
	void thePageWarnsBeforeAddingAClashAndAddsItOnlyOnceTheWarningWasSeen() {
		String sylvia = sylvia();
		LocalDate monday = demoMonday(sylvia);
		http.signIn("socialworker", Demo.PASSWORD);
		String page = "/people/" + sylvia + "/appointments";
		// The psychiatrist's and the alcohol service's appointments are mental health and substance use: not the social worker's to see.
		assertThat(http.get(page + "?week=" + monday).body()).contains("5 appointments with 5 agencies").contains("Clash")
			.contains("Parenting group").doesNotContain("Psychiatrist").doesNotContain("Key-work session");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("day", String.valueOf(monday.plusDays(2).getDayOfMonth()));
		form.put("month", String.valueOf(monday.plusDays(2).getMonthValue()));
		form.put("year", String.valueOf(monday.plusDays(2).getYear()));
		form.put("time", "13:45");
		form.put("minutes", "30");
		form.put("withWhom", "Tom Reid, social worker");
		form.put("purpose", "Meet Paul after school");
		form.put("acknowledged", "");
		var warned = http.postForm(page + "/new", form, page + "/new");
		assertThat(warned.status()).isEqualTo(200);
		assertThat(warned.body()).contains("It clashes with Parenting group").contains("more than 5 is a lot").contains("Add it anyway");
		Matcher fingerprint = Pattern.compile("name=\"acknowledged\" value=\"([0-9a-f-]+)\"").matcher(warned.body());
		assertThat(fingerprint.find()).isTrue();
		form.put("acknowledged", fingerprint.group(1));
		assertThat(http.postForm(page + "/new", form, page + "/new").status()).isEqualTo(302);
		assertThat(http.get(page + "?week=" + monday).body()).contains("6 appointments").contains("Meet Paul after school");

		form.put("time", "25:99");
		var invalid = http.postForm(page + "/new", form, page + "/new");
		assertThat(invalid.body()).contains("Enter the time as hours and minutes");
		jdbc.sql("delete from appointment where purpose = 'Meet Paul after school'").update();
	}

	@Test
	void theRecordWarnsWhenThisWeekIsTooFull() {
		String id = person("Apptb");
		String monday = http.get("/api/v1/people/" + id + "/appointments", idva).json().get("week").asString();
		for (int i = 0; i < 6; i++) {
			post(id, Json.of("startsAt", LocalDate.parse(monday).plusDays(i % 5) + "T1" + i + ":00", "minutes", 30, "withWhom", "Worker " + i,
					"purpose", "Visit"));
		}
		http.signIn("idva", Demo.PASSWORD);
		assertThat(http.get("/people/" + id).body()).contains("6 appointments with 1 agency this week");
	}

	private LocalDate demoMonday(String sylvia) {
		return jdbc.sql("select min(starts_at) from appointment where person_id = cast(? as uuid)").param(sylvia)
			.query(java.sql.Timestamp.class).single().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate();
	}

	private String sylvia() {
		return demo.sylvia();
	}

	private Http.Response post(String id, String json) {
		return http.postJson("/api/v1/people/" + id + "/appointments", json, idva);
	}

	private String person(String given) {
		return http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", "Calendartest", "dateOfBirth", "1989-09-09"), idva)
			.json().get("id").asString();
	}

}
