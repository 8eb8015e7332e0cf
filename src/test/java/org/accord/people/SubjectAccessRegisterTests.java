package org.accord.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.accord.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subject access requests are a register, not a free-text box (issue 10): who asked and how their
 * identity was checked, the date received and the statutory month, one extension with a reason, a
 * status; an export answers only an open request for that person; overdue requests are flagged.
 */
@IntegrationTest
class SubjectAccessRegisterTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	Http ig;

	String person;

	@BeforeEach
	void setUp() {
		Http http = new Http(port);
		String idva = http.token("idva");
		person = http.postJson("/api/v1/people", Json.of("givenName", "Rowan", "familyName", "Registertest", "dateOfBirth", "1980-08-08"), idva)
			.json().get("id").asString();
		ig = new Http(port);
		ig.signIn("ig", Demo.PASSWORD);
	}

	@Test
	void aRequestIsOpenedWithWhoAskedHowTheyWereCheckedAndWhenItArrived() {
		String form = "/people/" + person + "/subject-access/requests/new";
		var blank = ig.postForm(form, Map.of(), form);
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).contains("govuk-error-summary").contains("href=\"#onBehalf\"").contains("href=\"#requesterName\"")
			.contains("href=\"#identityCheck\"").contains("href=\"#identityCheckDetail\"").contains("href=\"#day\"");

		LocalDate today = LocalDate.now(clock);
		Map<String, String> fields = new LinkedHashMap<>(Map.of("onBehalf", "true", "requesterName", "A. Solicitor",
				"identityCheck", "AUTHORITY_SEEN", "identityCheckDetail", "Signed authority and the solicitor's practising certificate seen",
				"day", "" + today.plusDays(1).getDayOfMonth(), "month", "" + today.plusDays(1).getMonthValue(), "year", "" + today.plusDays(1).getYear()));
		var acting = ig.postForm(form, fields, form);
		assertThat(acting.body()).contains("href=\"#requesterRelationship\"").contains("href=\"#day\"")
			.contains("The date received must be today or in the past");
		assertThat(count()).as("nothing stored by a refused form").isZero();

		LocalDate received = today.minusDays(3);
		fields.putAll(Map.of("requesterRelationship", "Her solicitor, with her signed authority", "day", "" + received.getDayOfMonth(),
				"month", "" + received.getMonthValue(), "year", "" + received.getYear()));
		var opened = ig.postForm(form, fields, form);
		assertThat(opened.status()).isEqualTo(302);
		var page = ig.get(java.net.URI.create(opened.location()).getPath());
		assertThat(page.body()).contains("Subject access request SAR-").contains("Her solicitor, with her signed authority")
			.contains("Acting for them: their signed authority seen").contains("Extend by two months");
		LocalDate due = jdbc.sql("select due_on from subject_access_request where person_id = cast(? as uuid)").param(person)
			.query(LocalDate.class).single();
		assertThat(due).isEqualTo(SubjectAccessRequest.dueAfter(received, 1)).isAfterOrEqualTo(received.plusMonths(1));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and entity_type = 'SUBJECT_ACCESS_REQUEST' and person_id = cast(? as uuid)")
			.param(person).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anOverdueRequestIsFlaggedAndCanNoLongerBeExtended() {
		String late = open(LocalDate.now(clock).minusDays(40));
		var register = ig.get("/governance/subject-access");
		assertThat(register.body()).contains("Rowan Registertest").containsPattern("Overdue by \\d+ days");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'SEARCH_RESULT' and person_id = cast(? as uuid)
				  and detail = 'listed in the subject access register'""").param(person).query(Integer.class).single())
			.as("a list that names her is in her access log").isEqualTo(1);
		var extend = ig.postForm("/people/" + person + "/subject-access/requests/" + late + "/extend",
				Map.of("reason", "Many records", "version", "0"), "/people/" + person + "/subject-access/requests/" + late);
		assertThat(extend.body()).contains("The first month has passed");
		assertThat(jdbc.sql("select extended_to from subject_access_request where id = cast(? as uuid)").param(late)
			.query(LocalDate.class).optional()).isEmpty();
	}

	@Test
	void aRequestIsExtendedOnceWithAReasonAndClosedWithANoteWhenRefused() {
		LocalDate received = LocalDate.now(clock).minusDays(2);
		String request = open(received);
		String page = "/people/" + person + "/subject-access/requests/" + request;
		assertThat(ig.postForm(page + "/extend", Map.of("reason", " ", "version", "0"), page).body())
			.contains("href=\"#reason\"").contains("Enter why more time is needed");
		assertThat(ig.postForm(page + "/extend", Map.of("reason", "Records held by six agencies", "version", "0"), page).status())
			.isEqualTo(302);
		assertThat(jdbc.sql("select extended_to from subject_access_request where id = cast(? as uuid)").param(request)
			.query(LocalDate.class).single()).isEqualTo(SubjectAccessRequest.dueAfter(received, 3));
		assertThat(ig.get(page).body()).doesNotContain("Extend by two months").contains("Records held by six agencies");

		LocalDate today = LocalDate.now(clock);
		Map<String, String> refuse = new LinkedHashMap<>(Map.of("status", "REFUSED", "version", "1", "closedDay", "" + today.getDayOfMonth(),
				"closedMonth", "" + today.getMonthValue(), "closedYear", "" + today.getYear()));
		assertThat(ig.postForm(page + "/close", refuse, page).body()).contains("href=\"#closingNote\"");
		refuse.put("version", "0");
		refuse.put("closingNote", "Manifestly unfounded: the third identical request this month");
		assertThat(ig.postForm(page + "/close", refuse, page).body()).as("a stale version is refused, not overwritten")
			.contains("Someone else changed this request");
		refuse.put("version", "1");
		assertThat(ig.postForm(page + "/close", refuse, page).status()).isEqualTo(302);
		assertThat(ig.get(page).body()).contains("Refused on").contains("Manifestly unfounded");

		String token = new Http(port).token("ig");
		var export = new Http(port).get("/api/v1/people/" + person + "/subject-access?request=" + request, token);
		assertThat(export.status()).as("a closed request opens nothing").isEqualTo(400);
		assertThat(export.body()).contains("\"field\":\"request\"");
		assertThat(ig.get("/people/" + person + "/subject-access?request=" + request).body()).contains("govuk-error-summary")
			.contains("There is no open subject access request");
	}

	@Test
	void onlyInformationGovernanceKeepsTheRegister() {
		Http idva = new Http(port);
		idva.signIn("idva", Demo.PASSWORD);
		assertThat(idva.get("/governance/subject-access").status()).isEqualTo(403);
		String token = new Http(port).token("idva");
		var api = new Http(port).postJson("/api/v1/people/" + person + "/subject-access-requests", Json.of("requesterName", "Her",
				"identityCheck", "PHOTO_ID_SEEN", "identityCheckDetail", "Seen", "receivedOn", "2026-01-01"), token);
		assertThat(api.status()).isEqualTo(404);
		assertThat(count()).isZero();
	}

	@Test
	void theApiOpensARequestAndNamesAWrongField() {
		String token = new Http(port).token("ig");
		var wrong = new Http(port).postJson("/api/v1/people/" + person + "/subject-access-requests", Json.of("requesterName", "Her",
				"identityCheck", "LOOKED_TRUSTWORTHY", "identityCheckDetail", "Seen", "receivedOn", "2026-01-01"), token);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("\"field\":\"identityCheck\"");
		var created = new Http(port).postJson("/api/v1/people/" + person + "/subject-access-requests", Json.of("requesterName", "Rowan Registertest",
				"identityCheck", "KNOWN_IN_PERSON", "identityCheckDetail", "Known to her IDVA", "receivedOn", LocalDate.now(clock).toString()), token);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("reference").asString()).startsWith("SAR-");
		assertThat(created.json().get("status").asString()).isEqualTo("OPEN");
		assertThat(new Http(port).get(created.location(), token).json().get("requesterName").asString()).isEqualTo("Rowan Registertest");
	}

	private String open(LocalDate received) {
		String token = new Http(port).token("ig");
		return new Http(port).postJson("/api/v1/people/" + person + "/subject-access-requests", Json.of("requesterName", "Rowan Registertest",
				"identityCheck", "PHOTO_ID_SEEN", "identityCheckDetail", "Driving licence seen", "receivedOn", received.toString()), token)
			.json().get("id").asString();
	}

	private int count() {
		return jdbc.sql("select count(*) from subject_access_request where person_id = cast(? as uuid)").param(person)
			.query(Integer.class).single();
	}

}
