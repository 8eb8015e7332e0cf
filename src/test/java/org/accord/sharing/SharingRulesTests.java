package org.accord.sharing;

import java.util.List;
import java.util.Map;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Joins;
import org.accord.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.accord.sharing.NeedToKnowTests.create;
import static org.accord.sharing.NeedToKnowTests.fields;
import static org.accord.sharing.NeedToKnowTests.suffix;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What feeds the policy: a consent shares another holder's records only once that holder confirms;
 * only an agency a consent names, working with the person now, withdraws it; merging needs both records;
 * a notification names nobody its reader may no longer see; a changed role ends every session.
 */
@IntegrationTest
class SharingRulesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String idva;

	String police;

	String housing;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		idva = http.token("idva");
		police = http.token("police");
		housing = http.token("housing");
	}

	@Test
	void anotherHoldersRecordsFlowOnlyOnceThatHolderConfirms() {
		String person = create(http, idva, "Tegan", "Holder" + suffix(), "1992-01-20");
		join(person, police, "COURT_ORDER", "Non-molestation order in force");
		// Safer Futures learns the police work with Tegan only as the police share it: she agreed they may.
		assertThat(http.postJson("/api/v1/people/" + person + "/consents", Json.of("agencyIds", List.of(agency("Safer Futures")),
				"categories", List.of("CORE_PROFILE"), "purpose", "Working together on her safety"), police).status()).isEqualTo(201);
		join(person, housing, "REFERRAL_RECEIVED", "Homelessness application");
		http.postJson("/api/v1/people/" + person + "/chronology", Json.of("occurredOn", "2026-04-01", "type", "COURT", "kind", "FACT",
				"summary", "Bail conditions: no contact with Tegan"), police);

		var strangerHolder = http.postJson("/api/v1/people/" + person + "/consents", Json.of("agencyIds", List.of(agency("Northshire Homes Tenancy Support")),
				"holderAgencyIds", List.of(agency("Northshire Community Mental Health Team")), "categories", List.of("CRIMINAL_JUSTICE"),
				"purpose", "Rehousing"), idva);
		assertThat(strangerHolder.status()).as("a holder must hold records about the person").isEqualTo(422);

		var consent = http.postJson("/api/v1/people/" + person + "/consents", Json.of("agencyIds", List.of(agency("Northshire Homes Tenancy Support")),
				"holderAgencyIds", List.of(agency("Northshire Police")), "categories", List.of("CRIMINAL_JUSTICE"), "purpose", "Rehousing her safely"),
				idva);
		assertThat(consent.status()).isEqualTo(201);
		String id = consent.json().get("id").asString();
		assertThat(http.get("/api/v1/people/" + person + "/chronology", housing).body()).doesNotContain("Bail conditions");
		assertThat(http.get("/api/v1/notifications", police).body()).contains("Confirm sharing your records");

		assertThat(http.postJson("/api/v1/consents/" + id + "/confirm", "{}", housing).status()).as("not a holder").isEqualTo(404);
		var confirmed = http.postJson("/api/v1/consents/" + id + "/confirm", "{}", police);
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.body()).contains("CONFIRMED");
		assertThat(http.get("/api/v1/people/" + person + "/chronology", housing).body()).contains("Bail conditions");
		assertThat(http.postJson("/api/v1/consents/" + id + "/confirm", "{}", police).status()).as("answered once").isEqualTo(422);

		var second = http.postJson("/api/v1/people/" + person + "/consents", Json.of("agencyIds", List.of(agency("Northshire Homes Tenancy Support")),
				"holderAgencyIds", List.of(agency("Northshire Police")), "categories", List.of("RISK"), "purpose", "Risk for rehousing"), idva);
		String secondId = second.json().get("id").asString();
		var blank = http.postJson("/api/v1/consents/" + secondId + "/decline", "{}", police);
		assertThat(blank.status()).isEqualTo(400);
		assertThat(fields(blank)).contains("reason");
		assertThat(http.postJson("/api/v1/consents/" + secondId + "/decline", Json.of("reason", "An investigation is under way"), police).status())
			.isEqualTo(200);
		assertThat(http.get("/api/v1/notifications", idva).body()).contains("declined to share").contains("An investigation is under way");
		Http ig = new Http(port);
		ig.signIn("ig", Demo.PASSWORD);
		assertThat(ig.get("/governance").body()).contains("Rehousing her safely").contains("An investigation is under way");
	}

	@Test
	void onlyAnAgencyAConsentNamesAndThatWorksWithThePersonNowWithdrawsIt() {
		String cpn = http.token("cpn");
		String person = create(http, idva, "Wenna", "Withdraw" + suffix(), "1988-08-08");
		join(person, cpn, "REFERRAL_RECEIVED", "Referred for an assessment");
		join(person, housing, "REFERRAL_RECEIVED", "Tenancy support");
		String id = http.postJson("/api/v1/people/" + person + "/consents", Json.of("agencyIds", List.of(agency("Northshire Community Mental Health Team")),
				"categories", List.of("CORE_PROFILE", "RISK"), "purpose", "Her care"), idva).json().get("id").asString();

		assertThat(http.postJson("/api/v1/consents/" + id + "/withdraw", Json.of("reason", "Not ours"), housing).status())
			.as("housing is not named by it").isEqualTo(403);
		assertThat(http.postJson("/api/v1/consents/" + id + "/withdraw", Json.of("reason", "Not involved"), police).status())
			.as("the police do not even know the person").isEqualTo(404);
		var withdrawn = http.postJson("/api/v1/consents/" + id + "/withdraw", Json.of("reason", "She told the nurse she wants it stopped"), cpn);
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.body()).contains("Safer Futures");
		assertThat(http.get("/api/v1/notifications", idva).body()).as("the recording agency is told at once")
			.contains("Consent withdrawn").contains("She told the nurse she wants it stopped");
	}

	@Test
	void mergingNeedsYourAgencyToWorkWithBothRecords() {
		String cpn = http.token("cpn");
		String family = "Merge" + suffix();
		String kept = create(http, police, "Dylan", family, "1980-01-01");
		String duplicate = create(http, cpn, "Dylan", family, "1980-01-01");
		http.postJson("/api/v1/people/" + duplicate + "/chronology", Json.of("occurredOn", "2026-01-10", "type", "ADMISSION", "kind", "OPINION",
				"summary", "Psychiatric opinion on his mood"), cpn);
		for (String user : List.of("admin", "ig")) {
			assertThat(http.postJson("/api/v1/people/" + kept + "/merge", Json.of("duplicateId", duplicate, "reason", "Same person"),
					http.token(user)).status()).as(user + " merges nothing it cannot see").isEqualTo(404);
		}
		var notBoth = http.postJson("/api/v1/people/" + kept + "/merge", Json.of("duplicateId", duplicate, "reason", "Same person"), police);
		assertThat(notBoth.status()).isEqualTo(400);
		assertThat(fields(notBoth)).contains("duplicateId");
		join(duplicate, police, "STATUTORY_DUTY", "Same man, arrested last week");
		assertThat(http.postJson("/api/v1/people/" + kept + "/merge", Json.of("duplicateId", duplicate, "reason", "Same date of birth and address"),
				police).status()).isEqualTo(200);
		assertThat(http.get("/api/v1/people/" + kept + "/chronology", police).body()).as("a merge shares nothing the policy does not")
			.doesNotContain("Psychiatric opinion");
		assertThat(http.get("/api/v1/people/" + kept + "/chronology", cpn).body()).contains("Psychiatric opinion");
	}

	@Test
	void aNotificationAboutSomeoneTheReaderCanNoLongerSeeDoesNotNameThem() {
		String family = "Unnamed" + suffix();
		String person = create(http, idva, "Ffion", family, "1991-11-11");
		String id = http.postJson("/api/v1/people/" + person + "/consents", Json.of("agencyIds", List.of(agency("Northshire Homes Tenancy Support")),
				"categories", List.of("CORE_PROFILE"), "purpose", "A housing application"), idva).json().get("id").asString();
		assertThat(http.get("/api/v1/notifications", housing).body()).contains("Ffion " + family);
		http.postJson("/api/v1/consents/" + id + "/withdraw", Json.of("reason", "She changed her mind"), idva);
		String after = http.get("/api/v1/notifications", housing).body();
		assertThat(after).doesNotContain(family).contains("a person whose record you can no longer see");
		Http page = new Http(port);
		page.signIn("housing", Demo.PASSWORD);
		assertThat(page.get("/notifications").body()).doesNotContain(family);
	}

	@Test
	void justificationsCapacityNotesAndWhyThePersonWasNotToldStayWithTheRecorderTheApproversAndGovernance() {
		String person = create(http, idva, "Jessa", "Reasons" + suffix(), "1986-02-14");
		var decision = http.postJson("/api/v1/people/" + person + "/sharing-decisions", Json.of("agencyId", agency("Northshire Homes Tenancy Support"),
				"categories", List.of("RISK"), "decision", "SHARE", "grounds", "SERIOUS_HARM_TO_PERSON",
				"justification", "He is looking for her new address", "personTold", false, "notToldReason", "Telling her now would alert him"), idva);
		assertThat(decision.status()).isEqualTo(201);
		String ig = http.token("ig");
		assertThat(http.postJson("/api/v1/sharing-decisions/" + decision.json().get("id").asString() + "/approve", "{}", ig).status()).isEqualTo(200);
		http.postJson("/api/v1/people/" + person + "/consents", Json.of("agencyIds", List.of(agency("Northshire Homes Tenancy Support")),
				"categories", List.of("CORE_PROFILE"), "purpose", "Her housing application", "capacityNote", "Capacity assessed: she understood fully"),
				idva);

		String seenByHousing = http.get("/api/v1/people/" + person + "/sharing-decisions", housing).body()
				+ http.get("/api/v1/people/" + person + "/consents", housing).body();
		assertThat(seenByHousing).contains("SERIOUS_HARM_TO_PERSON").contains("Her housing application")
			.doesNotContain("looking for her new address").doesNotContain("would alert him").doesNotContain("Capacity assessed");
		Http page = new Http(port);
		page.signIn("housing", Demo.PASSWORD);
		assertThat(page.get("/people/" + person + "/sharing").body()).doesNotContain("looking for her new address")
			.doesNotContain("would alert him").doesNotContain("Capacity assessed").contains("The justification is kept by Safer Futures");
		String seenByRecorder = http.get("/api/v1/people/" + person + "/sharing-decisions", idva).body()
				+ http.get("/api/v1/people/" + person + "/consents", idva).body();
		assertThat(seenByRecorder).contains("looking for her new address").contains("would alert him").contains("Capacity assessed");
		assertThat(http.get("/api/v1/people/" + person + "/sharing-decisions", http.token("police")).status())
			.as("an agency neither side of it does not even know the person").isEqualTo(404);
	}

	@Test
	void changingAUsersRoleEndsTheirSessionsAndTokensAtOnce() {
		String username = "rolechange" + suffix();
		Http admin = new Http(port);
		admin.signIn("admin", Demo.PASSWORD);
		var created = admin.postForm("/admin/users/new", Map.of("username", username, "displayName", "Rhian Change", "agencyId",
				agency("Northshire Police"), "roles", "PRACTITIONER", "password", "a-long-first-password"), "/admin/users/new");
		String userPage = created.location().substring(created.location().indexOf("/admin/users/"));
		Http worker = new Http(port);
		worker.signIn(username, "a-long-first-password");
		String token = worker.token(username, "a-long-first-password");
		assertThat(worker.get("/people").status()).isEqualTo(200);

		var changed = admin.postForm(userPage, Map.of("displayName", "Rhian Change", "agencyId", agency("Northshire Police"), "roles", "CHAIR",
				"version", "0"), userPage);
		assertThat(changed.status()).isEqualTo(302);
		assertThat(worker.get("/people").location()).as("the old session is gone").endsWith("/sign-in");
		assertThat(http.get("/api/v1/me", token).status()).as("the old token is revoked").isEqualTo(401);
	}

	private void join(String person, String token, String grounds, String reason) {
		Joins.join(http, jdbc, person, token, grounds, reason);
	}

	private String agency(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(String.class).single();
	}

}
