package org.accord.referral;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.accord.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pillar-to-post detection (issue 12): a person is flagged when 3 services decline them within 90 days, or a mental
 * health and a substance use service both do; the flag's history shows only what each reader may see. The housing
 * officer refers, and each receiving service's own worker declines. The test that moves the clock on runs last, as
 * the clock only moves forward.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PillarToPostTests {

	static final String MENTAL_HEALTH = "Talking therapies";

	static final String ALCOHOL = "Family alcohol service";

	static final String IDVA = "Safer Futures IDVA service";

	static final String POLICE = "Domestic abuse investigation unit";

	static final String EARLY_HELP = "Early help family support";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	Http http;

	String housing;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		housing = http.token("housing");
	}

	@Test
	void twoServicesDecliningIsNotAFlagButAThirdIsAndTheHistorySaysWhoDeclinedAndWhy() {
		String person = person("Ada");
		assertThat(flags(person, housing).get("flags")).as("nobody declined yet").isEmpty();
		decline(refer(person, IDVA), "idva", "NOT_ELIGIBLE");
		decline(refer(person, IDVA), "idva", "NO_CAPACITY");
		decline(refer(person, POLICE), "police", "WRONG_SERVICE");
		assertThat(flags(person, housing).get("flags")).as("two services, one of them twice").isEmpty();

		decline(refer(person, EARLY_HELP), "socialworker", "PERSON_DECLINED");
		JsonNode view = flags(person, housing);
		assertThat(view.get("flags").valueStream().map(JsonNode::asString)).containsExactly("PILLAR_TO_POST");
		JsonNode flag = view.get("flagDetails").get(0);
		assertThat(flag.get("title").asString()).isEqualTo("Passed from pillar to post");
		assertThat(flag.get("summary").asString()).isEqualTo("Declined by 3 services in the last 90 days.");
		assertThat(flag.get("notShown").asInt()).isZero();
		JsonNode history = flag.get("history");
		assertThat(history.findValuesAsString("service")).containsExactly(EARLY_HELP, POLICE, IDVA, IDVA);
		assertThat(history.get(0).get("agency").asString()).isEqualTo("Northshire Children's Social Care");
		assertThat(history.get(0).get("reason").asString()).isEqualTo("The person declined");
		assertThat(history.get(1).get("reason").asString()).isEqualTo("Not the right service");
		assertThat(history.get(0).get("date").asString())
			.isEqualTo(clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate().toString());

		Http priya = new Http(port);
		priya.signIn("housing", Demo.PASSWORD);
		String page = priya.get("/people/" + person).body();
		assertThat(page).contains("Passed from pillar to post").contains("Early help family support (Northshire Children")
			.contains("The person declined").doesNotContain("you may not see the details of");
	}

	@Test
	void aMentalHealthAndASubstanceUseServiceDecliningIsAFlag() {
		String person = person("Bea");
		decline(refer(person, MENTAL_HEALTH), "cpn", "NO_CAPACITY");
		assertThat(flags(person, housing).get("flags")).isEmpty();
		decline(refer(person, ALCOHOL), "drugworker", "WRONG_SERVICE");
		JsonNode flag = flags(person, housing).get("flagDetails").get(0);
		assertThat(flag.get("code").asString()).isEqualTo("PILLAR_TO_POST");
		assertThat(flag.get("summary").asString())
			.isEqualTo("Declined by a mental health service and a drug and alcohol service in the last 90 days.");
		assertThat(flag.get("history").findValuesAsString("service")).containsExactly(ALCOHOL, MENTAL_HEALTH);
		assertThat(flag.get("history").findValuesAsString("agency"))
			.containsExactly("Northshire Family Alcohol Service", "Northshire Community Mental Health Team");
	}

	@Test
	void acceptedWithdrawnAndOpenReferralsDoNotCount() {
		String person = person("Cal");
		decline(refer(person, MENTAL_HEALTH), "cpn", "NO_CAPACITY");
		String accepted = refer(person, IDVA);
		assertThat(http.postJson("/api/v1/referrals/" + accepted + "/accept", "{}", http.token("idva")).status())
			.isEqualTo(200);
		String withdrawn = refer(person, ALCOHOL);
		assertThat(http.postJson("/api/v1/referrals/" + withdrawn + "/withdraw", Json.of("reason", "Moved away"), housing)
			.status()).isEqualTo(200);
		refer(person, POLICE);
		refer(person, EARLY_HELP);
		assertThat(flags(person, housing).get("flags")).as("one decline among five referrals").isEmpty();
	}

	@Test
	void eachReaderSeesTheFlagButOnlyTheDeclinesTheyMaySee() {
		String person = person("Dee");
		decline(refer(person, MENTAL_HEALTH), "cpn", "NO_CAPACITY");
		decline(refer(person, ALCOHOL), "drugworker", "WRONG_SERVICE");
		decline(refer(person, IDVA), "idva", "NOT_ELIGIBLE");

		JsonNode all = flags(person, housing).get("flagDetails").get(0);
		assertThat(all.get("history").findValuesAsString("service")).as("the referrer's own three referrals")
			.containsExactly(IDVA, ALCOHOL, MENTAL_HEALTH);
		assertThat(all.toString()).as("the decline's own words stay on the referral").doesNotContain("Canary free text");
		assertThat(all.get("summary").asString()).isEqualTo("Declined by 3 services in the last 90 days, among them a "
				+ "mental health service and a drug and alcohol service.");

		// The IDVA service was told only whom it was asked to take: it reads its own decline, and a count of the rest.
		var idva = http.get("/api/v1/people/" + person, http.token("idva"));
		JsonNode seen = idva.json().get("flagDetails").get(0);
		assertThat(idva.json().get("flags").valueStream().map(JsonNode::asString)).containsExactly("PILLAR_TO_POST");
		assertThat(seen.get("history").findValuesAsString("service")).containsExactly(IDVA);
		assertThat(seen.get("notShown").asInt()).isEqualTo(2);
		assertThat(seen.get("notShownNote").asString()).isEqualTo("And 2 other declines you may not see the details of.");
		assertThat(seen.get("summary").asString()).isEqualTo("Declined by 3 services in the last 90 days.");
		assertThat(idva.body()).doesNotContain(MENTAL_HEALTH).doesNotContain("Mental Health").doesNotContain(ALCOHOL)
			.doesNotContain("Alcohol");

		// The mental health team declined, but was shared only the core profile: its decline would say the need.
		JsonNode cpn = flags(person, http.token("cpn"));
		assertThat(cpn.get("withheld").valueStream().map(JsonNode::asString)).contains("MENTAL_HEALTH");
		assertThat(cpn.get("flags").valueStream().map(JsonNode::asString)).containsExactly("PILLAR_TO_POST");
		assertThat(cpn.get("flagDetails").get(0).get("history")).isEmpty();
		assertThat(cpn.get("flagDetails").get(0).get("notShownNote").asString())
			.isEqualTo("There are 3 declines you may not see the details of.");
		assertThat(cpn.get("flagDetails").toString()).doesNotContain(MENTAL_HEALTH).doesNotContain(ALCOHOL);

		for (String stranger : List.of("police", "socialworker", "board", "admin")) {
			assertThat(http.get("/api/v1/people/" + person, http.token(stranger)).status()).as(stranger).isEqualTo(404);
		}

		Http amira = new Http(port);
		amira.signIn("idva", Demo.PASSWORD);
		assertThat(amira.get("/people/" + person).body()).contains("Passed from pillar to post").contains(IDVA)
			.contains("And 2 other declines you may not see the details of.").doesNotContain(MENTAL_HEALTH)
			.doesNotContain(ALCOHOL);
		assertThat(passedOn(amira)).as("declining is not working with them").doesNotContain("Dee Pillartest");
		Http priya = new Http(port);
		priya.signIn("housing", Demo.PASSWORD);
		assertThat(passedOn(priya)).contains("Dee Pillartest");
	}

	@Test
	void aFlagRaisedOnlyByAMentalHealthAndASubstanceUseDeclineIsShownOnlyToThoseWhoMaySeeBoth() {
		String person = person("Eve");
		decline(refer(person, MENTAL_HEALTH), "cpn", "NO_CAPACITY");
		decline(refer(person, ALCOHOL), "drugworker", "WRONG_SERVICE");
		refer(person, IDVA);
		assertThat(flags(person, housing).get("flags")).hasSize(1);
		JsonNode idva = flags(person, http.token("idva"));
		assertThat(idva.get("withheld").valueStream().map(JsonNode::asString)).contains("MENTAL_HEALTH", "SUBSTANCE_USE");
		assertThat(idva.get("flags")).as("the flag alone would tell of both needs").isEmpty();
	}

	@Test
	void theDemoHasOnePersonPassedFromPillarToPostOnTheHousingOfficersInbox() {
		String person = jdbc.sql("select person_id::text from referral where reason like 'Panic attacks since the eviction%'")
			.query(String.class).single();
		String name = jdbc.sql("select given_name || ' ' || family_name from person where id = cast(? as uuid)")
			.param(person).query(String.class).single();
		JsonNode flag = flags(person, housing).get("flagDetails").get(0);
		assertThat(flag.get("history").findValuesAsString("service"))
			.containsExactly("Benefits advice", ALCOHOL, MENTAL_HEALTH);
		Http priya = new Http(port);
		priya.signIn("housing", Demo.PASSWORD);
		assertThat(passedOn(priya)).contains(name);
		assertThat(priya.get("/people/" + person).body()).contains("Passed from pillar to post")
			.contains("Talking therapies (Northshire Community Mental Health Team), No capacity");
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void declinesOver90DaysApartDoNotAddUpAndAFlagLapses() {
		String now = person("Fay");
		decline(refer(now, IDVA), "idva", "NO_CAPACITY");
		decline(refer(now, POLICE), "police", "WRONG_SERVICE");
		decline(refer(now, EARLY_HELP), "socialworker", "NOT_ELIGIBLE");
		String spread = person("Gus");
		decline(refer(spread, IDVA), "idva", "NO_CAPACITY");
		decline(refer(spread, POLICE), "police", "WRONG_SERVICE");
		assertThat(flags(now, housing).get("flags")).hasSize(1);
		assertThat(flags(spread, housing).get("flags")).isEmpty();
		Http priya = new Http(port);
		priya.signIn("housing", Demo.PASSWORD);
		assertThat(passedOn(priya)).contains("Fay Pillartest").doesNotContain("Gus Pillartest");

		clock.advance(Duration.ofDays(60));
		decline(refer(spread, EARLY_HELP), "socialworker", "NOT_ELIGIBLE");
		assertThat(flags(spread, housing).get("flags")).as("three within 60 days").hasSize(1);
		assertThat(flags(now, housing).get("flags")).as("60 days on").hasSize(1);

		clock.advance(Duration.ofDays(31));
		assertThat(flags(now, housing).get("flags")).as("91 days on, the flag lapses").isEmpty();
		assertThat(flags(spread, housing).get("flags")).as("one decline is left within 90 days").isEmpty();
		decline(refer(spread, MENTAL_HEALTH), "cpn", "NO_CAPACITY");
		assertThat(flags(spread, housing).get("flags")).as("two within 90 days, the first two over 90 days before")
			.isEmpty();
		assertThat(passedOn(priya)).doesNotContain("Fay Pillartest").doesNotContain("Gus Pillartest");
	}

	/** The inbox's list of people passed from pillar to post, or nothing when it has none. */
	private static String passedOn(Http signedIn) {
		String inbox = signedIn.get("/referrals").body();
		int start = inbox.indexOf("People passed from pillar to post");
		return start < 0 ? "" : inbox.substring(start, inbox.indexOf("</table>", start));
	}

	private JsonNode flags(String person, String token) {
		var read = http.get("/api/v1/people/" + person, token);
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		return read.json();
	}

	private String person(String given) {
		var created = http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", "Pillartest", "dateOfBirth",
				"1988-03-0" + (1 + Math.abs(given.hashCode() % 8))), housing);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String refer(String person, String service) {
		String serviceId = jdbc.sql("select id::text from service where name = ?").param(service).query(String.class)
			.single();
		var sent = http.postJson("/api/v1/referrals", Json.of("personId", person, "toServiceId", serviceId, "reason",
				"Needs support the service offers", "categories", List.of("CORE_PROFILE")), housing);
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		return sent.json().get("id").asString();
	}

	private void decline(String referral, String by, String reason) {
		var declined = http.postJson("/api/v1/referrals/" + referral + "/decline", Json.of("reason", reason, "detail",
				"Canary free text the flag never shows"), http.token(by));
		assertThat(declined.status()).as(declined.body()).isEqualTo(200);
	}

}
