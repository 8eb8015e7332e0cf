package org.accord.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accord.people.Chronology;
import org.accord.people.ChronologyEntry;
import org.accord.people.People;
import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Routes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix: every route the application has, as every demo user, against the status
 * {@link AuthorizationMatrix} says it must answer. A route without a row fails, so a new route is
 * decided the day it exists. A person's routes are asked about one person: recorded by Safer Futures,
 * with the mental health team involved, the alcohol service formerly involved, and the police sharing
 * Safer Futures' risk and core profile by consent. Writes are sent empty, so an allowed one answers with
 * its validation errors (400 on the API, the form again on a page) and changes nothing; any other id is
 * one that exists nowhere.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Consents consents;

	@Autowired
	Chronology chronology;

	String person;

	String entry;

	@BeforeAll
	void fixture() {
		UUID safer = agency("Safer Futures");
		UUID id = people.create(new People.Draft("Matrix", "Person", LocalDate.of(1983, 3, 3), null, null), safer, "IDVA", user("idva"));
		people.involve(id, agency("Northshire Community Mental Health Team"), "Care co-ordinator", user("cpn"));
		UUID alcohol = agency("Northshire Family Alcohol Service");
		people.involve(id, alcohol, "Alcohol worker", user("drugworker"));
		jdbc.sql("update involvement set ended_on = current_date - 1 where person_id = ? and agency_id = ?").params(id, alcohol).update();
		consents.record(new Consent.Draft(id, EnumSet.of(InformationCategory.RISK, InformationCategory.CORE_PROFILE), Set.of(agency("Northshire Police")),
				"Matrix safety", Consent.HowGiven.WRITTEN, null, LocalDate.now().minusDays(5), null, user("idva"), safer));
		person = id.toString();
		// Safer Futures' risk entry: the police see it by consent, the mental health team does not, and only Safer Futures may correct it.
		entry = chronology.record(new ChronologyEntry.Draft(id, LocalDate.now().minusDays(2), ChronologyEntry.Type.INCIDENT, "Matrix incident",
				ChronologyEntry.Kind.FACT, InformationCategory.RISK, null, safer, user("idva"), "Amira Khan")).toString();
	}

	@Test
	void everyRouteAnswersEveryDemoUserAsTheMatrixSays() {
		List<Routes.Route> routes = Routes.all(context);
		Map<String, String> ids = SampleIds.of(jdbc);
		String request = org.accord.support.SubjectAccessRequestsFixture.open(port, person);
		ids.put("/people/" + person + "/subject-access/requests/", request);
		ids.put("/api/v1/people/" + person + "/subject-access-requests/", request);
		ids.put("/people/" + person + "/chronology/", entry);
		Map<String, Http> sessions = new LinkedHashMap<>();
		Map<String, String> tokens = new LinkedHashMap<>();
		for (String user : CanaryWalkTests.USERS) {
			Http http = new Http(port);
			http.signIn(user, Demo.PASSWORD);
			sessions.put(user, http);
			tokens.put(user, http.token(user));
		}
		List<String> missing = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		int cells = 0;
		for (Routes.Route route : routes) {
			String key = route.toString();
			if (AuthorizationMatrix.NOT_CALLED.containsKey(key)) {
				continue;
			}
			boolean get = route.method().equals("GET");
			String url = Routes.sample(route, person, get ? ids : Map.of(), SampleIds.query(route, request));
			List<String> actual = new ArrayList<>();
			for (String user : CanaryWalkTests.USERS) {
				actual.add(Integer.toString(call(sessions.get(user), tokens.get(user), route, url)));
				cells++;
			}
			String row = String.join(" ", actual);
			String expected = AuthorizationMatrix.EXPECTED.get(key);
			if (expected == null) {
				missing.add("row(\"" + key + "\", \"" + row + "\");");
			}
			else if (!expected.equals(row)) {
				wrong.add(key + "\n  expected " + expected + "\n  but was  " + row);
			}
		}
		System.out.println("Authorization matrix: " + routes.size() + " routes x " + CanaryWalkTests.USERS.size() + " demo users, " + cells
				+ " calls; columns " + String.join(" ", CanaryWalkTests.USERS));
		assertThat(missing).as("routes without a row in AuthorizationMatrix (the statuses they answer now)").isEmpty();
		assertThat(wrong).isEmpty();
		assertThat(AuthorizationMatrix.EXPECTED.keySet()).as("rows for routes that no longer exist")
			.allMatch(key -> routes.stream().anyMatch(r -> r.toString().equals(key)));
	}

	private static int call(Http http, String token, Routes.Route route, String url) {
		if (route.api()) {
			return switch (route.method()) {
				case "GET" -> http.get(url, token).status();
				default -> http.send(route.method(), url, "application/json", "{}", token).status();
			};
		}
		if (route.method().equals("GET")) {
			return url.endsWith(".pdf") || url.contains(".pdf?") ? http.download(url, null).status() : http.get(url).status();
		}
		return http.postForm(url, Map.of(), "/").status();
	}

	private UUID agency(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(UUID.class).single();
	}

	private UUID user(String username) {
		return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
	}

}
