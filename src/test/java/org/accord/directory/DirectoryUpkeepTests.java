package org.accord.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Entries go stale when nobody checks them, and leavers' roles are flagged for handover. */
@IntegrationTest
class DirectoryUpkeepTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Contacts contacts;

	@Autowired
	TestClock clock;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aContactGoesStaleSixMonthsAfterItWasLastCheckedAndItsOwnerIsAskedToCheckIt() {
		UUID agency = agency("Oakfield Primary School");
		UUID owner = user("owner" + suffix(), agency);
		LocalDate today = LocalDate.now(clock);
		UUID contact = contacts.create(new ContactDraft(agency, null, ContactRole.DUTY_WORKER, null, null,
				"Pastoral duty line " + suffix(), null, null, "01632 000 000", null, owner, today.minusMonths(5)));

		Http http = new Http(port);
		http.signIn(usernameOf(owner), "owner-password-1");
		assertThat(http.get("/directory/verify").body()).doesNotContain(nameOf(contact));

		clock.advance(Duration.ofDays(45));
		var verify = http.get("/directory/verify");
		assertThat(verify.body()).contains(nameOf(contact)).contains("Needs checking");
		assertThat(http.get("/directory/agencies/" + agency).body()).contains("Needs checking");

		var confirmed = http.postForm("/directory/contacts/" + contact + "/verify", Map.of(), "/directory/verify");
		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(contacts.find(contact).orElseThrow().lastVerifiedOn()).isEqualTo(LocalDate.now(clock));
		assertThat(http.get("/directory/verify").body()).doesNotContain(nameOf(contact));
	}

	@Test
	void whenAUserIsDisabledTheirRolesAreFlaggedAndTheyAreNoLongerShown() {
		UUID agency = agency("Northshire Parenting Service");
		UUID leaver = user("leaver" + suffix(), agency);
		String leaverName = jdbc.sql("select display_name from app_user where id = ?").param(leaver).query(String.class).single();
		UUID contact = contacts.create(new ContactDraft(agency, null, ContactRole.CHAMPION, NeedCategory.DOMESTIC_ABUSE, leaver,
				leaverName, null, "Pat Deputy", "01632 111 222", null, leaver, LocalDate.now(clock)));

		Http reader = new Http(port);
		reader.signIn("idva", "accord-demo");
		assertThat(reader.get("/directory/champions?topic=DOMESTIC_ABUSE").body()).contains(leaverName);

		Http admin = new Http(port);
		admin.signIn("admin", "accord-demo");
		admin.postForm("/admin/users/" + leaver + "/disable", Map.of(), "/admin/users/" + leaver);

		DirectoryContact flagged = contacts.find(contact).orElseThrow();
		assertThat(flagged.handoverNeeded()).isTrue();
		assertThat(flagged.needsHandover()).isTrue();
		String champions = reader.get("/directory/champions?topic=DOMESTIC_ABUSE").body();
		assertThat(champions).doesNotContain(leaverName).contains("Handover needed").contains("Pat Deputy");
		assertThat(reader.get("/directory/agencies/" + agency).body()).doesNotContain(leaverName);
	}

	@Test
	void aManagerHandsTheRoleOverToAColleague() {
		UUID agency = agency("Northshire Health Visiting");
		UUID manager = user("manager" + suffix(), agency);
		jdbc.sql("insert into user_role (user_id, role) values (?, 'AGENCY_MANAGER')").param(manager).update();
		UUID leaver = user("gone" + suffix(), agency);
		UUID successor = user("next" + suffix(), agency);
		UUID contact = contacts.create(new ContactDraft(agency, null, ContactRole.SAFEGUARDING_LEAD, null, leaver, "Gone Person",
				null, null, "01632 333 444", null, manager, LocalDate.now(clock)));
		jdbc.sql("update app_user set enabled = false where id = ?").param(leaver).update();

		Http http = new Http(port);
		http.signIn(usernameOf(manager), "owner-password-1");
		var form = http.get("/directory/contacts/" + contact + "/edit");
		assertThat(form.status()).isEqualTo(200);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("role", "SAFEGUARDING_LEAD");
		fields.put("userId", successor.toString());
		fields.put("phone", "01632 333 444");
		fields.put("version", String.valueOf(contacts.find(contact).orElseThrow().version()));
		var saved = http.postForm("/directory/contacts/" + contact + "/edit", fields, "/directory/contacts/" + contact + "/edit");
		assertThat(saved.status()).isEqualTo(302);
		DirectoryContact handedOver = contacts.find(contact).orElseThrow();
		assertThat(handedOver.userId()).isEqualTo(successor);
		assertThat(handedOver.needsHandover()).isFalse();

		Map<String, String> stale = new LinkedHashMap<>(fields);
		stale.put("phone", "01632 999 999");
		var conflict = http.postForm("/directory/contacts/" + contact + "/edit", stale, "/directory/contacts/" + contact + "/edit");
		assertThat(conflict.body()).contains("Someone else changed this contact");
		assertThat(contacts.find(contact).orElseThrow().phone()).isEqualTo("01632 333 444");

		Map<String, String> invalid = new LinkedHashMap<>();
		invalid.put("role", "CHAMPION");
		var errors = http.postForm("/directory/agencies/" + agency + "/contacts/new", invalid, "/directory/agencies/" + agency + "/contacts/new");
		assertThat(errors.body()).contains("href=\"#topic\"").contains("href=\"#userId\"").contains("href=\"#phone\"");
	}

	@Test
	void aPractitionerCannotChangeAnotherAgencysEntries() {
		UUID refuge = jdbc.sql("select id from service where name = 'Safer Futures refuge'").query(UUID.class).single();
		Http http = new Http(port);
		http.signIn("cpn", "accord-demo");
		assertThat(http.get("/directory/services/" + refuge + "/edit").status()).isEqualTo(403);
		assertThat(http.postForm("/directory/services/" + refuge + "/verify", Map.of(), "/directory").status()).isEqualTo(403);
	}

	@Test
	void aContactNamesOnlyCurrentColleaguesAndServicesOfItsOwnAgency() {
		UUID agency = agency("Northshire Health Visiting");
		UUID manager = user("keeper" + suffix(), agency);
		jdbc.sql("insert into user_role (user_id, role) values (?, 'AGENCY_MANAGER')").param(manager).update();
		UUID elsewhere = jdbc.sql("select id from app_user where username = 'idva'").query(UUID.class).single();
		UUID otherService = jdbc.sql("select id from service where name = 'Safer Futures refuge'").query(UUID.class).single();
		int before = jdbc.sql("select count(*) from directory_contact").query(Integer.class).single();

		Http http = new Http(port);
		http.signIn(usernameOf(manager), "owner-password-1");
		String page = "/directory/agencies/" + agency + "/contacts/new";
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("role", "SAFEGUARDING_LEAD");
		fields.put("userId", elsewhere.toString());
		fields.put("serviceId", otherService.toString());
		fields.put("phone", "01632 555 666");
		var refused = http.postForm(page, fields, page);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Select a current colleague at Northshire Health Visiting")
			.contains("Select one of the services of Northshire Health Visiting");
		assertThat(jdbc.sql("select count(*) from directory_contact").query(Integer.class).single()).isEqualTo(before);

		fields.put("userId", manager.toString());
		fields.remove("serviceId");
		var added = http.postForm(page, fields, page);
		assertThat(added.status()).isEqualTo(302);
		DirectoryContact contact = contacts.ofAgency(agency).stream().filter(c -> manager.equals(c.userId())).findFirst()
			.orElseThrow();
		assertThat(contact.name()).isEqualTo("Person " + usernameOf(manager));
		assertThat(contact.ownerUserId()).isEqualTo(manager);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and entity_type = 'DIRECTORY_CONTACT' "
				+ "and entity_id = ?").param(contact.id().toString()).query(Integer.class).single()).isEqualTo(1);
	}

	private String nameOf(UUID contact) {
		return contacts.find(contact).orElseThrow().name();
	}

	private UUID agency(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(UUID.class).single();
	}

	private String usernameOf(UUID user) {
		return jdbc.sql("select username from app_user where id = ?").param(user).query(String.class).single();
	}

	private UUID user(String username, UUID agency) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into app_user (id, username, display_name, agency_id, password_hash) values (?, ?, ?, ?, ?)")
			.params(id, username, "Person " + username, agency, encoder.encode("owner-password-1")).update();
		jdbc.sql("insert into user_role (user_id, role) values (?, 'PRACTITIONER')").param(id).update();
		return id;
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
