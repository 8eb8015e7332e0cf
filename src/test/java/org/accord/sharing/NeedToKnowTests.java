package org.accord.sharing;

import java.util.List;

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

/**
 * The five ways round need-to-know found by trying the API as a new user would (issue 9), each closed:
 * joining without grounds, what an involvement reveals, searching as a strategic role, a share the
 * recipient could not read, and an involvement that never ended.
 */
@IntegrationTest
class NeedToKnowTests {

	@Autowired
	Demo demo;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void thePoliceJoinOnlyWithGroundsTheLeadIsToldAndTheyCannotConsentThemselvesIntoMentalHealth() {
		String cpn = http.token("cpn");
		String police = http.token("police");
		String family = "Join" + suffix();
		String person = create(cpn, "Morwenna", family, "1979-03-02");
		assertThat(http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-01-05", "type", "ASSESSMENT",
				"kind", "OPINION", "summary", "CMHT opinion: relapse risk is rising"), cpn).status()).isEqualTo(201);

		assertThat(http.postJson("/api/v1/people/" + person + "/involvements", Json.of("grounds", "STATUTORY_DUTY", "reason", "A guess"), police)
			.status()).as("an id the police never found in a search is as good as unknown").isEqualTo(404);
		assertThat(http.get("/api/v1/people/matches?givenName=Morwenna&familyName=" + family + "&dateOfBirth=1979-03-02", police).body())
			.contains(person);
		var noGrounds = http.postJson("/api/v1/people/" + person + "/involvements", Json.of("role", "x"), police);
		assertThat(noGrounds.status()).isEqualTo(400);
		assertThat(fields(noGrounds)).contains("grounds", "reason");
		var joined = http.postJson("/api/v1/people/" + person + "/involvements",
				Json.of("grounds", "STATUTORY_DUTY", "reason", "Investigating a reported assault"), police);
		assertThat(joined.status()).isEqualTo(201);
		assertThat(http.get("/api/v1/notifications", cpn).body()).contains("Northshire Police joined").contains("Investigating a reported assault");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'JOIN' and username = 'police' and person_id = cast(? as uuid)")
			.param(person).query(Integer.class).single()).as("opening a record to join it is recorded too").isPositive();

		var selfConsent = http.postJson("/api/v1/people/" + person + "/consents", Json.of("agencyIds", List.of(agency("Northshire Police")),
				"categories", List.of("MENTAL_HEALTH"), "purpose", "Our investigation"), police);
		assertThat(selfConsent.status()).isEqualTo(422);
		assertThat(selfConsent.json().get("detail").asString()).contains("never records a consent naming itself as a recipient");
		assertThat(http.get("/api/v1/people/" + person + "/chronology", police).body()).doesNotContain("relapse risk");
		assertThat(http.get("/api/v1/people/" + person + "/involvements", police).body())
			.as("being under the mental health team is itself mental health information").doesNotContain("Mental Health Team");

		Http ig = new Http(port);
		ig.signIn("ig", Demo.PASSWORD);
		assertThat(ig.get("/governance").body()).contains("Investigating a reported assault").contains("police, Northshire Police");
	}

	@Test
	void sylviasDiagnosisAndHerMentalHealthCareReachOnlyTheAgenciesSheSharedThemWith() {
		String sylvia = sylvia();
		for (String user : List.of("police", "housing")) {
			String token = http.token(user);
			String all = http.get("/api/v1/people/" + sylvia, token).body() + http.get("/api/v1/people/" + sylvia + "/involvements", token).body()
					+ http.get("/api/v1/people/" + sylvia + "/appointments", token).body()
					+ http.get("/api/v1/people/" + sylvia + "/chronology", token).body();
			assertThat(all).as(user).contains("Sylvia").doesNotContainIgnoringCase("bipolar").doesNotContain("Mental Health Team")
				.doesNotContain("Family Alcohol Service").doesNotContain("Psychiatrist").doesNotContain("Key-work session");
		}
		String cpn = http.token("cpn");
		assertThat(http.get("/api/v1/people/" + sylvia + "/chronology", cpn).body()).containsIgnoringCase("bipolar");
		assertThat(http.get("/api/v1/people/" + sylvia + "/involvements", cpn).body()).contains("Mental Health Team");
		String idva = http.token("idva");
		assertThat(http.get("/api/v1/people/" + sylvia + "/chronology", idva).body()).as("her consent shares it with Safer Futures")
			.containsIgnoringCase("bipolar");
		assertThat(http.get("/api/v1/people/" + sylvia, idva).json().get("profile").toString()).doesNotContainIgnoringCase("bipolar");
	}

	@Test
	void onlyCaseworkersSearchTheIndexAndEverySearchIsInTheAccessLogOfThosItFound() {
		String query = "/api/v1/people/matches?givenName=Sylvia&familyName=Smith&dateOfBirth=1987-12-04";
		for (String user : List.of("board", "admin", "coordinator", "chair", "ig")) {
			assertThat(http.get(query, http.token(user)).status()).as(user).isEqualTo(403);
		}
		long before = searchRows(sylvia());
		var found = http.get(query, http.token("housing"));
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains(sylvia());
		assertThat(searchRows(sylvia())).isEqualTo(before + 1);
		Http ig = new Http(port);
		ig.signIn("ig", Demo.PASSWORD);
		assertThat(ig.get("/people/" + sylvia() + "/access-log").body()).contains("SEARCH_RESULT").contains("housing");

		Http board = new Http(port);
		board.signIn("board", Demo.PASSWORD);
		assertThat(board.get("/sharing/received").body()).doesNotContain("Sylvia");
		assertThat(board.get("/people").status()).isEqualTo(403);
	}

	@Test
	void aShareOfRiskAloneCanBeReadWithWhoThePersonIs() {
		String idva = http.token("idva");
		String housing = http.token("housing");
		String family = "Riskonly" + suffix();
		String person = create(idva, "Greta", family, "1990-06-15");
		http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-02-01", "type", "INCIDENT", "kind", "FACT",
				"summary", "Threats made at the school gate"), idva);
		http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-02-02", "type", "CONTACT", "kind", "FACT",
				"summary", "Prefers to be seen at the office", "category", "CORE_PROFILE"), idva);
		var request = http.postJson("/api/v1/people/" + person + "/sharing-decisions", Json.of("agencyId", agency("Northshire Homes Tenancy Support"),
				"categories", List.of("RISK"), "decision", "SHARE", "grounds", "SERIOUS_HARM_TO_PERSON", "justification", "Rehousing must know the risk"),
				idva);
		assertThat(request.status()).isEqualTo(201);
		assertThat(http.get("/api/v1/people/" + person, housing).status()).isEqualTo(404);
		var approved = http.postJson("/api/v1/sharing-decisions/" + request.json().get("id").asString() + "/approve", "{}",
				http.token("ig"));
		assertThat(approved.status()).isEqualTo(200);

		JsonNode record = http.get("/api/v1/people/" + person, housing).json();
		assertThat(record.get("familyName").asString()).isEqualTo(family);
		assertThat(record.get("withheld").toString()).contains("CORE_PROFILE");
		String chronology = http.get("/api/v1/people/" + person + "/chronology", housing).body();
		assertThat(chronology).contains("Threats made at the school gate").doesNotContain("Prefers to be seen");
		Http page = new Http(port);
		page.signIn("housing", Demo.PASSWORD);
		assertThat(page.get("/people/" + person).body()).contains("Greta " + family).contains("Shared without consent by Safer Futures");
		assertThat(page.get("/people/" + person + "/chronology").body()).contains("Threats made at the school gate");
		assertThat(http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-02-03", "type", "CONTACT", "kind", "FACT",
				"summary", "Sight is not a right to write"), housing).status()).as("sight through a share never grants a write").isEqualTo(403);
	}

	@Test
	void anEndedInvolvementKeepsItsOwnRecordsAndWritesNothing() {
		String idva = http.token("idva");
		String drugworker = http.token("drugworker");
		String person = create(idva, "Carys", "Ending" + suffix(), "1985-09-09");
		Joins.join(http, jdbc, person, drugworker, "REFERRAL_RECEIVED", "Referred by Safer Futures");
		http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-03-01", "type", "ASSESSMENT", "kind", "FACT",
				"summary", "Alcohol assessment completed"), drugworker);
		var lead = http.send("PUT", "/api/v1/people/" + person + "/lead-professional", "application/json",
				Json.of("agencyId", agency("Safer Futures"), "agreedBy", "Carys, at her first appointment"), idva);
		assertThat(lead.status()).isEqualTo(200);

		var leadEnds = http.postJson("/api/v1/people/" + person + "/involvements/end", Json.of("reason", "Case closed", "ongoingSupport", "GP"), idva);
		assertThat(leadEnds.status()).isEqualTo(422);
		assertThat(leadEnds.json().get("detail").asString()).contains("hand the lead");
		var blank = http.postJson("/api/v1/people/" + person + "/involvements/end", "{}", drugworker);
		assertThat(blank.status()).isEqualTo(400);
		assertThat(fields(blank)).contains("reason", "ongoingSupport");
		var ended = http.postJson("/api/v1/people/" + person + "/involvements/end",
				Json.of("reason", "She completed the programme", "ongoingSupport", "Safer Futures outreach and her GP"), drugworker);
		assertThat(ended.status()).isEqualTo(200);
		assertThat(ended.json().get("endedOn").isNull()).isFalse();

		assertThat(http.get("/api/v1/people/" + person + "/chronology", drugworker).body()).contains("Alcohol assessment completed");
		assertThat(http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-03-02", "type", "CONTACT", "kind", "FACT",
				"summary", "After the end"), drugworker).status()).isEqualTo(403);
		assertThat(http.send("PATCH", "/api/v1/people/" + person, "application/json", Json.of("version", 0, "gender", "Female"), drugworker)
			.status()).isEqualTo(403);
		assertThat(http.get("/api/v1/notifications", idva).body()).contains("ended its involvement").contains("She completed the programme");
		assertThat(jdbc.sql("select ongoing_support from involvement where person_id = cast(? as uuid) and ended_on is not null").param(person)
			.query(String.class).single()).isEqualTo("Safer Futures outreach and her GP");
		assertThat(http.get("/api/v1/people/" + person + "/subject-access?request=" + org.accord.support.SubjectAccessRequestsFixture.open(port, person), http.token("ig")).body())
			.as("the subject access export holds why each agency joined and ended, and the support left")
			.contains("Referred by Safer Futures").contains("She completed the programme").contains("Safer Futures outreach and her GP");
	}

	@Test
	void aUserWhoJoinsManyPeopleInAWeekIsFlaggedForGovernance() {
		String idva = http.token("idva");
		String socialworker = http.token("socialworker");
		for (int i = 0; i < 11; i++) {
			String person = create(idva, "Manyjoins", "Family" + suffix() + (char) ('a' + i), "1990-01-01");
			Joins.join(http, jdbc, person, socialworker, "SAFEGUARDING_ENQUIRY", "A school's concern about the children");
		}
		Http ig = new Http(port);
		ig.signIn("ig", Demo.PASSWORD);
		String governance = ig.get("/governance").body();
		assertThat(governance).contains("A school&#39;s concern about the children");
		assertThat(governance.replaceAll("\\s+", " ")).containsPattern("socialworker</a>.*Northshire Children&#39;s Social Care.*people&#39;s records joined");
	}

	static String create(Http http, String token, String given, String family, String dob) {
		var r = http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", family, "dateOfBirth", dob), token);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private String create(String token, String given, String family, String dob) {
		return create(http, token, given, family, dob);
	}

	static List<String> fields(Http.Response r) {
		return r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

	static String suffix() {
		return Long.toString(System.nanoTime() % 1_000_000, 26).replaceAll("[0-9]", "x");
	}

	private String agency(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(String.class).single();
	}

	private String sylvia() {
		return demo.sylvia();
	}

	private long searchRows(String person) {
		return jdbc.sql("select count(*) from audit_event where action = 'SEARCH_RESULT' and person_id = cast(? as uuid) and username = 'housing'")
			.param(person).query(Long.class).single();
	}

}
