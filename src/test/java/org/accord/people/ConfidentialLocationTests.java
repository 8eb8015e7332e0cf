package org.accord.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.sharing.Consent;
import org.accord.sharing.Consents;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.SharingDecision;
import org.accord.sharing.SharingDecisions;
import org.accord.sharing.SharingGrounds;
import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Sylvia's refuge address is seen by Safer Futures, which holds it, and by nobody else. */
@IntegrationTest
class ConfidentialLocationTests {

	@Autowired
	Demo demo;

	private static final String SECRET = "14 Larch Close";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Consents consents;

	@Autowired
	SharingDecisions decisions;

	/**
	 * Even a consent and an approved decision that name the confidential location (the API and pages refuse
	 * to record them, so they are planted here) show it to nobody else, through pages, API or PDF.
	 */
	@Test
	void noConsentOrDecisionSharesAConfidentialLocation() {
		Http http = new Http(port);
		String idva = http.token("idva");
		String id = http.postJson("/api/v1/people", Json.of("givenName", "Lora", "familyName", "Locationtest", "dateOfBirth", "1990-09-09"), idva)
			.json().get("id").asString();
		UUID person = UUID.fromString(id);
		http.send("PUT", "/api/v1/people/" + id + "/confidential-location", "application/json", Json.of("address", "Canary refuge, 7 Secret Mews"),
				idva);
		http.postJson("/api/v1/people/" + id + "/chronology", Json.of("occurredOn", "2026-10-01", "type", "MOVE", "summary", "Moved to 7 Secret Mews",
				"kind", "FACT", "category", "CONFIDENTIAL_LOCATION"), idva);
		UUID safer = jdbc.sql("select id from agency where name = 'Safer Futures'").query(UUID.class).single();
		UUID cmht = jdbc.sql("select id from agency where name = 'Northshire Community Mental Health Team'").query(UUID.class).single();
		UUID police = jdbc.sql("select id from agency where name = 'Northshire Police'").query(UUID.class).single();
		consents.record(new Consent.Draft(person, EnumSet.allOf(InformationCategory.class),
				Set.of(cmht, police), "Everything", Consent.HowGiven.WRITTEN, null, LocalDate.of(2026, 1, 1), null,
				null, safer));
		UUID decision = decisions.request(new SharingDecision.Draft(person, SharingDecision.Kind.SHARE,
				SharingGrounds.SERIOUS_HARM_TO_PERSON, EnumSet.allOf(InformationCategory.class), safer,
				police, "Planted", true, null, null));
		UUID ig = jdbc.sql("select id from app_user where username = 'ig'").query(UUID.class).single();
		decisions.decide(decision, new AccordPrincipal(ig, "ig", "IG", safer, "Safer Futures",
				Set.of(Role.INFORMATION_GOVERNANCE)), true, null);

		for (String user : new String[] { "cpn", "police" }) {
			String token = http.token(user);
			assertThat(http.get("/api/v1/people/" + id + "/chronology", token).status()).as(user + " sees the record").isEqualTo(200);
			for (String path : new String[] { "", "/chronology", "/appointments", "/involvements", "/consents", "/sharing-decisions" }) {
				assertThat(http.get("/api/v1/people/" + id + path, token).body()).as(user + " API " + path).doesNotContain("Secret Mews");
			}
			Http pages = new Http(port);
			pages.signIn(user, Demo.PASSWORD);
			for (String path : new String[] { "", "/chronology", "/profile", "/sharing", "/appointments" }) {
				assertThat(pages.get("/people/" + id + path).body()).as(user + " page " + path).doesNotContain("Secret Mews");
			}
			var pdf = pages.download("/people/" + id + "/chronology.pdf", null);
			assertThat(pdf.status()).isEqualTo(200);
			assertThat(pdf.pdfText()).as(user + " PDF").doesNotContain("Secret Mews");
		}
		assertThat(http.get("/api/v1/people/" + id + "/chronology", idva).body()).contains("Secret Mews");
	}

	@Test
	void onlyTheHoldingAgencySeesTheConfidentialLocationWhateverItsInvolvement() {
		String sylvia = demo.sylvia();
		String father = demo.mark();
		Http http = new Http(port);
		String idva = http.token("idva");
		var own = http.get("/api/v1/people/" + sylvia, idva).json();
		assertThat(own.get("confidentialLocation").get("address").asString()).contains(SECRET);
		Http idvaPages = new Http(port);
		idvaPages.signIn("idva", Demo.PASSWORD);
		assertThat(idvaPages.get("/people/" + sylvia).body()).contains(SECRET);

		for (String user : new String[] { "cpn", "police", "socialworker", "housing", "drugworker" }) {
			String token = http.token(user);
			for (String path : new String[] { "/api/v1/people/" + sylvia, "/api/v1/people/" + sylvia + "/involvements",
					"/api/v1/people/" + sylvia + "/relationships", "/api/v1/people/" + father,
					"/api/v1/people/" + father + "/relationships",
					"/api/v1/people/matches?givenName=Sylvia&familyName=Smith&dateOfBirth=1987-12-04" }) {
				assertThat(http.get(path, token).body()).as(user + " " + path).doesNotContain(SECRET).doesNotContain("Larch")
					.doesNotContain("NB3 7QT");
			}
			Http pages = new Http(port);
			pages.signIn(user, Demo.PASSWORD);
			assertThat(pages.get("/people/" + sylvia).body()).as(user).doesNotContain(SECRET).doesNotContain("NB3 7QT");
		}

		var other = http.send("PUT", "/api/v1/people/" + sylvia + "/confidential-location", "application/json",
				Json.of("address", "Police safe house, 2 Hidden Row"), http.token("police"));
		assertThat(other.status()).isEqualTo(200);
		assertThat(http.get("/api/v1/people/" + sylvia, idva).body()).doesNotContain("Hidden Row").contains(SECRET);
		assertThat(http.get("/api/v1/people/" + sylvia, http.token("police")).body()).contains("Hidden Row").doesNotContain(SECRET);
		assertThat(http.send("PUT", "/api/v1/people/" + sylvia + "/confidential-location", "application/json",
				Json.of("address", ""), idva).status()).isEqualTo(400);
	}

}
