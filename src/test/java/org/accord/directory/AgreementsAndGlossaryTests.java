package org.accord.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AgreementsAndGlossaryTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agreements agreements;

	@Autowired
	TestClock clock;

	@Test
	void theDemoAgreementsShowTheirMeasuresAndTheReviewThatIsDue() {
		Http http = new Http(port);
		http.signIn("police", "accord-demo");
		var list = http.get("/directory/agreements");
		// Other tests move the shared clock on, so the review may be due or already overdue.
		assertThat(list.body()).contains("Northshire domestic abuse partnership agreement").containsPattern("Review (due soon|overdue)")
			.contains("Safer Futures IDVA service level agreement");
		UUID sla = jdbc.sql("select id from agreement where kind = 'SERVICE_LEVEL_AGREEMENT'").query(UUID.class).single();
		assertThat(http.get("/directory/agreements/" + sla).body()).contains("Referrals answered within 5 working days").contains("95%");
		assertThat(http.get("/directory/agreements/new").status()).isEqualTo(403);
	}

	@Test
	void theOwnerIsRemindedBeforeTheReviewDate() {
		UUID board = jdbc.sql("select id from app_user where username = 'board'").query(UUID.class).single();
		List<UUID> parties = jdbc.sql("select id from agency limit 2").query(UUID.class).list();
		String title = "Housing pathway protocol " + UUID.randomUUID().toString().substring(0, 6);
		agreements.create(new Agreements.Draft(title, Agreement.Kind.PARTNERSHIP_AGREEMENT, Agreement.Status.ACTIVE, null, null,
				null, null, LocalDate.now(clock).plusDays(40), Set.copyOf(parties), List.of()), board);
		Http http = new Http(port);
		http.signIn("board", "accord-demo");
		assertThat(http.get("/directory/verify").body()).doesNotContain(title);
		clock.advance(Duration.ofDays(15));
		assertThat(http.get("/directory/verify").body()).contains(title).contains("Agreements due for review");
	}

	@Test
	void aPartnershipLeadRecordsAnAgreementAndMistakesAreNamedFieldByField() {
		Http http = new Http(port);
		http.signIn("board", "accord-demo");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "SERVICE_LEVEL_AGREEMENT");
		form.put("status", "DRAFT");
		form.put("partyIds", jdbc.sql("select id from agency limit 1").query(String.class).single());
		form.put("reviewOn", "next spring");
		form.put("measureDescription[0]", "Calls answered");
		var errors = http.postForm("/directory/agreements/new", form, "/directory/agreements/new");
		assertThat(errors.status()).isEqualTo(200);
		assertThat(errors.body()).contains("href=\"#title\"").contains("href=\"#partyIds\"").contains("href=\"#reviewOn\"")
			.contains("href=\"#measureTarget[0]\"");

		List<String> two = jdbc.sql("select id::text from agency order by name limit 2").query(String.class).list();
		String body = "title=Advice+line+SLA&kind=SERVICE_LEVEL_AGREEMENT&status=ACTIVE&partyIds=" + two.get(0) + "&partyIds=" + two.get(1)
				+ "&reviewOn=" + LocalDate.now(clock).plusYears(1) + "&measureDescription%5B0%5D=Calls+answered&measureTarget%5B0%5D=90%25";
		var saved = http.postUrlEncoded("/directory/agreements/new", body, "/directory/agreements/new");
		assertThat(saved.status()).isEqualTo(302);
		String path = saved.location().substring(saved.location().indexOf("/directory/agreements/"));
		assertThat(http.get(path).body()).contains("Advice line SLA").contains("Calls answered").contains("90%");
		UUID id = UUID.fromString(path.substring("/directory/agreements/".length()));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and entity_type = 'AGREEMENT' and entity_id = ?")
			.param(id.toString()).query(Integer.class).single()).isEqualTo(1);

		String stale = body.replace("Advice+line+SLA", "Renamed") + "&version=99";
		assertThat(http.postUrlEncoded(path + "/edit", stale, path + "/edit").body()).contains("Someone else changed this agreement");
		assertThat(agreements.find(id).orElseThrow().title()).isEqualTo("Advice line SLA");
	}

	@Test
	void theGlossaryExplainsTermsAndOnlyAdministratorsChangeIt() {
		Http admin = new Http(port);
		admin.signIn("admin", "accord-demo");
		var created = admin.postForm("/admin/glossary/new", Map.of("term", "IOM", "expansion", "Integrated offender management",
				"definition", "Police and probation </script><b>working</b> together with prolific offenders."), "/admin/glossary/new");
		assertThat(created.status()).isEqualTo(302);
		assertThat(admin.postForm("/admin/glossary/new", Map.of("term", "idva", "definition", "x"), "/admin/glossary/new").body())
			.contains("This term is already in the glossary");

		Http practitioner = new Http(port);
		practitioner.signIn("housing", "accord-demo");
		var glossary = practitioner.get("/directory/glossary");
		assertThat(glossary.body()).contains("Independent domestic violence adviser").contains("IOM");
		var page = practitioner.get("/directory");
		assertThat(page.body()).contains("id=\"accord-glossary\"").contains("Section 136").doesNotContain("</script><b>");
		assertThat(practitioner.get("/admin/glossary/new").status()).isEqualTo(403);
		String token = practitioner.token("housing", "accord-demo");
		assertThat(practitioner.get("/api/v1/glossary", token).body()).contains("MARAC").contains("IOM");
	}

}
