package org.accord.sharing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The sharing pages refuse bad input by field, and carry a request from asking through approval to acknowledgement. */
@IntegrationTest
class SharingPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void aRequestToShareGoesFromThePractitionerToTheApproverToTheRecipient() {
		Http api = new Http(port);
		String person = api.postJson("/api/v1/people", Json.of("givenName", "Paula", "familyName", "Pagetest", "dateOfBirth", "1988-08-08"),
				api.token("idva")).json().get("id").asString();
		String police = jdbc.sql("select id from agency where name = 'Northshire Police'").query(String.class).single();

		Http idva = new Http(port);
		idva.signIn("idva", Demo.PASSWORD);
		String form = "/people/" + person + "/sharing-decisions/new";
		var empty = idva.postForm(form, Map.of(), form);
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("Select whether you are asking to share").contains("Explain why it is necessary and proportionate")
			.contains("Select what information it is about");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("decision", "SHARE");
		fields.put("agencyId", police);
		fields.put("categories", "RISK");
		fields.put("justification", "He has breached bail twice this week");
		fields.put("personTold", "false");
		var noGrounds = idva.postForm(form, fields, form);
		assertThat(noGrounds.body()).contains("Select the grounds for sharing without consent").contains("Explain why telling the person would be unsafe");
		fields.put("grounds", "PREVENT_CRIME");
		fields.put("notToldReason", "She is still in contact with him");
		assertThat(idva.postForm(form, fields, form).status()).isEqualTo(302);
		assertThat(idva.get("/people/" + person + "/sharing").body()).contains("Waiting for approval").contains("She is still in contact with him");
		assertThat(idva.get("/sharing/approvals").body()).doesNotContain("Paula Pagetest");

		Http ig = new Http(port);
		ig.signIn("ig", Demo.PASSWORD);
		assertThat(ig.get("/sharing/approvals").body()).contains("Paula Pagetest").contains("He has breached bail twice this week");
		String id = jdbc.sql("select id from sharing_decision where person_id = cast(? as uuid)").param(person).query(String.class).single();
		var refusedBlank = ig.postForm("/sharing/approvals/" + id, Map.of("outcome", "refuse", "note", ""), "/sharing/approvals");
		assertThat(refusedBlank.location()).contains("refuseError=" + id);
		assertThat(ig.get(refusedBlank.location().replaceFirst("^https?://[^/]+", "")).body()).contains("Enter why the request is refused");
		assertThat(ig.postForm("/sharing/approvals/" + id, Map.of("outcome", "approve", "note", "Necessary to prevent a crime"), "/sharing/approvals")
			.status()).isEqualTo(302);

		Http officer = new Http(port);
		officer.signIn("police", Demo.PASSWORD);
		assertThat(officer.get("/sharing/received").body()).contains("Paula Pagetest").contains("To prevent or detect a serious crime");
		assertThat(officer.postForm("/sharing/received/decisions/" + id, Map.of(), "/sharing/received").status()).isEqualTo(302);
		assertThat(jdbc.sql("select u.username from sharing_decision d join app_user u on u.id = d.acknowledged_by where d.id = cast(? as uuid)")
			.param(id).query(String.class).single()).isEqualTo("police");
		assertThat(officer.get("/people/" + person).status()).as("the approved decision lets the police open the record").isEqualTo(200);
	}

	@Test
	void governanceAddsAnAgreementAndOthersOnlyReadThem() {
		Http ig = new Http(port);
		ig.signIn("ig", Demo.PASSWORD);
		String page = "/sharing/agreements/new";
		var empty = ig.postForm(page, Map.of("reviewDay", "1", "reviewMonth", "1", "reviewYear", "2001"), page);
		assertThat(empty.body()).contains("Enter the agreement").contains("Select at least two agencies").contains("The review date must be in the future");
		String[] two = jdbc.sql("select id from agency order by name limit 2").query(String.class).list().toArray(String[]::new);
		int next = LocalDate.now(clock).getYear() + 2;
		String body = "title=Housing+pilot&purposes=Rehousing&lawfulBasis=Article+6(1)(e)&signatory=Heads+of+service&categories=HOUSING"
				+ "&agencyIds=" + two[0] + "&agencyIds=" + two[1] + "&reviewDay=1&reviewMonth=4&reviewYear=" + next;
		assertThat(ig.postUrlEncoded(page, body, page).status()).isEqualTo(302);
		assertThat(ig.get("/sharing/agreements").body()).contains("Housing pilot").contains("End this agreement");

		Http cpn = new Http(port);
		cpn.signIn("cpn", Demo.PASSWORD);
		assertThat(cpn.get("/sharing/agreements").body()).contains("Housing pilot").doesNotContain("End this agreement");
		assertThat(cpn.get(page).status()).isEqualTo(403);
	}

}
