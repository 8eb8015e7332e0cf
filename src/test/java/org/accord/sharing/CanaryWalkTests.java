package org.accord.sharing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accord.people.Appointment;
import org.accord.people.Appointments;
import org.accord.people.Chronology;
import org.accord.people.ChronologyEntry;
import org.accord.people.ConfidentialLocations;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.ProfileField;
import org.accord.people.Profiles;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
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
 * The canary walk: a unique string planted in every category of one person's records, by three
 * agencies, including confidential locations; then every GET route the application has (pages, API,
 * PDFs) walked as every demo user. A string may appear only where the access policy lets that user see
 * its category as recorded by its agency; information governance reads everything but a confidential
 * location in a subject access export. A new route is walked the day it exists.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanaryWalkTests {

	static final List<String> USERS = List.of("admin", "idva", "drugworker", "cpn", "police", "socialworker", "housing", "coordinator", "chair",
			"board", "ig");

	/** A planted string: which category it is, and which agency recorded it. */
	record Canary(String text, InformationCategory category, UUID recordedBy) {
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Profiles profiles;

	@Autowired
	ConfidentialLocations locations;

	@Autowired
	Chronology chronology;

	@Autowired
	Appointments appointments;

	@Autowired
	Consents consents;

	@Autowired
	AccessPolicy policy;

	final List<Canary> canaries = new ArrayList<>();

	String person;

	@BeforeAll
	void plant() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		UUID safer = agency("Safer Futures");
		UUID mentalHealth = agency("Northshire Community Mental Health Team");
		UUID alcohol = agency("Northshire Family Alcohol Service");
		UUID id = people.create(new People.Draft("Canary", "Walk", LocalDate.of(1984, 4, 4), "Female", null), safer, "IDVA", user("idva"));
		person = id.toString();
		String role = "CANARY-MENTAL_HEALTH-ROLE-" + run;
		people.involve(id, mentalHealth, role, user("cpn"));
		canaries.add(new Canary(role, InformationCategory.MENTAL_HEALTH, mentalHealth));
		people.involve(id, alcohol, "Alcohol worker", user("drugworker"));
		jdbc.sql("update involvement set ended_on = current_date - 1 where person_id = ? and agency_id = ?").params(id, alcohol).update();
		Map<UUID, String> tags = Map.of(safer, "SF", mentalHealth, "MH", alcohol, "AL");
		for (InformationCategory category : InformationCategory.values()) {
			for (UUID agency : List.of(safer, mentalHealth, alcohol)) {
				String text = "CANARY-" + category + "-" + tags.get(agency) + "-" + run;
				chronology.record(new ChronologyEntry.Draft(id, LocalDate.now().minusDays(3), ChronologyEntry.Type.OTHER, text,
						ChronologyEntry.Kind.FACT, category, null, agency, null, "Canary author"));
				canaries.add(new Canary(text, category, agency));
			}
		}
		for (UUID agency : List.of(safer, mentalHealth)) {
			String address = "CANARY-CONFIDENTIAL_LOCATION-ADDRESS-" + tags.get(agency) + "-" + run;
			locations.hold(id, agency, address, null);
			canaries.add(new Canary(address, InformationCategory.CONFIDENTIAL_LOCATION, agency));
		}
		Person created = people.find(id).orElseThrow();
		Map<ProfileField, String> profile = new LinkedHashMap<>();
		profile.put(ProfileField.ALIASES, "CANARY-CORE_PROFILE-ALIAS-" + run);
		profile.put(ProfileField.SAFE_TIMES, "CANARY-CONTACT-TIMES-" + run);
		profiles.change(id, created.version(), new People.Draft(created.givenName(), created.familyName(), created.dateOfBirth(), created.gender(),
				created.postcode()), profile, safer, user("idva"));
		canaries.add(new Canary("CANARY-CORE_PROFILE-ALIAS-" + run, InformationCategory.CORE_PROFILE, safer));
		canaries.add(new Canary("CANARY-CONTACT-TIMES-" + run, InformationCategory.CONTACT, safer));
		LocalDate monday = appointments.mondayOf(LocalDate.now(ZoneId.of("Europe/London")));
		int hour = 9;
		for (InformationCategory category : List.of(InformationCategory.MENTAL_HEALTH, InformationCategory.RISK, InformationCategory.CORE_PROFILE)) {
			UUID agency = category == InformationCategory.MENTAL_HEALTH ? mentalHealth : safer;
			String purpose = "CANARY-" + category + "-APPOINTMENT-" + run;
			appointments.create(new Appointment.Draft(id, monday.plusDays(1).atTime(hour++, 0).atZone(appointments.zone()).toInstant(), 30, agency,
					"Canary worker", purpose, null, category, null));
			canaries.add(new Canary(purpose, category, agency));
		}
		// The police see Safer Futures' risk and core profile; Safer Futures sees the mental health team's mental health records.
		consents.record(new Consent.Draft(id, EnumSet.of(InformationCategory.RISK, InformationCategory.CORE_PROFILE), Set.of(agency("Northshire Police")),
				"Canary safety", Consent.HowGiven.WRITTEN, null, LocalDate.now().minusDays(5), null, user("idva"), safer));
		consents.record(new Consent.Draft(id, EnumSet.of(InformationCategory.MENTAL_HEALTH), Set.of(safer), "Canary care", Consent.HowGiven.WRITTEN,
				null, LocalDate.now().minusDays(5), null, user("cpn"), mentalHealth));
	}

	@Test
	void everyGetRouteShowsEachCanaryOnlyWhereThePolicyAllowsIt() {
		List<Routes.Route> routes = Routes.gets(context);
		Map<String, String> ids = SampleIds.of(jdbc);
		String request = org.accord.support.SubjectAccessRequestsFixture.open(port, person);
		ids.put("/people/" + person + "/subject-access/requests/", request);
		ids.put("/api/v1/people/" + person + "/subject-access-requests/", request);
		List<String> leaks = new ArrayList<>();
		Map<String, List<String>> seen = new LinkedHashMap<>();
		int responses = 0;
		for (String username : USERS) {
			AccordPrincipal principal = principal(username);
			AccessDecision decision = policy.evaluate(principal, UUID.fromString(person), null);
			Http http = new Http(port);
			http.signIn(username, Demo.PASSWORD);
			String token = http.token(username);
			for (Routes.Route route : routes) {
				String url = Routes.sample(route, person, ids, SampleIds.query(route, request));
				String body = read(http, token, route, url);
				responses++;
				boolean subjectAccess = route.pattern().contains("/subject-access") && principal.hasRole(Role.INFORMATION_GOVERNANCE);
				for (Canary canary : canaries) {
					if (!body.contains(canary.text())) {
						continue;
					}
					seen.computeIfAbsent(username, u -> new ArrayList<>()).add(canary.text());
					boolean allowed = decision.canSee(canary.category(), canary.recordedBy())
							|| (subjectAccess && canary.category() != InformationCategory.CONFIDENTIAL_LOCATION);
					if (!allowed) {
						leaks.add(username + " " + route + " shows " + canary.text());
					}
				}
			}
		}
		System.out.println("Canary walk: " + routes.size() + " GET routes x " + USERS.size() + " demo users = " + responses
				+ " responses read for " + canaries.size() + " canaries");
		assertThat(leaks).isEmpty();
		assertThat(routes.size()).as("GET routes walked").isGreaterThan(60);
		String tagMh = "-MH-";
		assertThat(seen.get("cpn")).as("the walk is not vacuous: the team sees its own records")
			.anyMatch(t -> t.startsWith("CANARY-MENTAL_HEALTH") && t.contains(tagMh))
			.anyMatch(t -> t.startsWith("CANARY-CONFIDENTIAL_LOCATION-ADDRESS-MH"));
		assertThat(seen.get("police")).anyMatch(t -> t.startsWith("CANARY-RISK-SF")).noneMatch(t -> t.contains(tagMh));
		assertThat(seen.get("idva")).anyMatch(t -> t.startsWith("CANARY-MENTAL_HEALTH-MH")).noneMatch(t -> t.startsWith("CANARY-RISK-MH"));
		assertThat(seen.get("drugworker")).as("an ended involvement keeps its own records").anyMatch(t -> t.startsWith("CANARY-SUBSTANCE_USE-AL"));
		assertThat(seen.get("ig")).as("subject access shows everything held").anyMatch(t -> t.startsWith("CANARY-MENTAL_HEALTH-MH"))
			.noneMatch(t -> t.startsWith("CANARY-CONFIDENTIAL_LOCATION-ADDRESS"));
		assertThat(seen).doesNotContainKeys("housing", "socialworker", "admin", "board", "coordinator", "chair");
	}

	private static String read(Http http, String token, Routes.Route route, String url) {
		if (route.pattern().endsWith(".pdf")) {
			var pdf = http.download(url, null);
			return pdf.status() == 200 && pdf.contentType().startsWith("application/pdf") ? pdf.pdfText() : new String(pdf.body());
		}
		return route.api() ? http.get(url, token).body() : http.get(url).body();
	}

	private AccordPrincipal principal(String username) {
		return jdbc.sql("""
				select u.id, u.display_name, u.agency_id, a.name, array(select role from user_role r where r.user_id = u.id) as roles
				from app_user u join agency a on a.id = u.agency_id where u.username = ?""")
			.param(username)
			.query((rs, n) -> {
				Set<Role> roles = EnumSet.noneOf(Role.class);
				for (String role : (String[]) rs.getArray("roles").getArray()) {
					roles.add(Role.valueOf(role));
				}
				return new AccordPrincipal(rs.getObject("id", UUID.class), username, rs.getString("display_name"), rs.getObject("agency_id", UUID.class),
						rs.getString("name"), roles);
			})
			.single();
	}

	private UUID agency(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(UUID.class).single();
	}

	private UUID user(String username) {
		return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
	}

}
