package org.accord.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http admin;

	@BeforeEach
	void setUp() {
		admin = new Http(port);
		admin.signIn("admin", "accord-demo");
	}

	@Test
	void anAdministratorCreatesAnAgencyAndAUserWhoCanThenSignIn() {
		String agencyName = "Eastside Refuge " + UUID.randomUUID().toString().substring(0, 6);
		var created = admin.postForm("/admin/agencies/new",
				Map.of("name", agencyName, "type", "DOMESTIC_ABUSE_SERVICE"), "/admin/agencies/new");
		assertThat(created.location()).endsWith("/admin/agencies");
		assertThat(admin.get("/admin/agencies").body()).contains(agencyName);
		UUID agencyId = jdbc.sql("select id from agency where name = ?").param(agencyName).query(UUID.class).single();

		String username = "newworker" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("displayName", "Nadia Worker");
		form.put("email", "nadia@example.org");
		form.put("agencyId", agencyId.toString());
		form.put("roles", "PRACTITIONER");
		form.put("password", "a-long-first-password");
		var user = admin.postForm("/admin/users/new", form, "/admin/users/new");
		assertThat(user.status()).isEqualTo(302);
		assertThat(user.location()).contains("/admin/users/");

		Http worker = new Http(port);
		assertThat(worker.signIn(username, "a-long-first-password").location()).endsWith("/");
		assertThat(worker.get("/").body()).contains("Nadia Worker").contains(agencyName);

		assertThat(auditCount("CREATE", "AGENCY", agencyId.toString())).isEqualTo(1);
		UUID userId = jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
		assertThat(auditCount("CREATE", "USER", userId.toString())).isEqualTo(1);
	}

	@Test
	void invalidInputIsShownFieldByFieldAndNothingIsWritten() {
		int before = jdbc.sql("select count(*) from app_user").query(Integer.class).single();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", "Bad Name!");
		form.put("displayName", "");
		form.put("email", "not-an-email");
		form.put("password", "short");
		var r = admin.postForm("/admin/users/new", form, "/admin/users/new");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.body()).contains("There is a problem")
			.contains("href=\"#username\"")
			.contains("href=\"#displayName\"")
			.contains("href=\"#email\"")
			.contains("href=\"#agencyId\"")
			.contains("href=\"#roles\"")
			.contains("href=\"#password\"")
			.contains("<title>Error: Add a user");
		assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single()).isEqualTo(before);

		Map<String, String> taken = new LinkedHashMap<>(form);
		taken.put("username", "idva");
		assertThat(admin.postForm("/admin/users/new", taken, "/admin/users/new").body())
			.contains("This user name is already taken");
	}

	@Test
	void aStaleEditOfAnAgencyIsRefusedAndOverwritesNothing() {
		UUID id = jdbc.sql("select id from agency where name = 'Oakfield Primary School'").query(UUID.class).single();
		int version = jdbc.sql("select version from agency where id = ?").param(id).query(Integer.class).single();
		Http otherAdmin = new Http(port);
		otherAdmin.signIn("admin", "accord-demo");

		var first = admin.postForm("/admin/agencies/" + id,
				Map.of("name", "Oakfield Primary School", "type", "EDUCATION", "requiresTwoFactor", "true",
						"enabled", "true", "version", String.valueOf(version)),
				"/admin/agencies/" + id);
		assertThat(first.status()).isEqualTo(302);

		var second = otherAdmin.postForm("/admin/agencies/" + id,
				Map.of("name", "Oakfield School (renamed)", "type", "EDUCATION", "enabled", "true", "version",
						String.valueOf(version)),
				"/admin/agencies/" + id);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).contains("Someone else changed this agency");
		assertThat(jdbc.sql("select name from agency where id = ?").param(id).query(String.class).single())
			.isEqualTo("Oakfield Primary School");
		assertThat(jdbc.sql("select requires_two_factor from agency where id = ?").param(id).query(Boolean.class).single())
			.isTrue();
		jdbc.sql("update agency set requires_two_factor = false where id = ?").param(id).update();
	}

	@Test
	void aDisabledUserIsSignedOutAndRefusedEverywhereAtOnce() {
		UUID agencyId = jdbc.sql("select id from agency where name = 'Northshire Parenting Service'").query(UUID.class).single();
		String username = "leaver" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("displayName", "Lee Leaver");
		form.put("agencyId", agencyId.toString());
		form.put("roles", "PRACTITIONER");
		form.put("password", "leaving-password-1");
		String location = admin.postForm("/admin/users/new", form, "/admin/users/new").location();
		String userPath = location.substring(location.indexOf("/admin/users/"));

		Http leaver = new Http(port);
		leaver.signIn(username, "leaving-password-1");
		String token = leaver.token(username, "leaving-password-1");
		assertThat(leaver.get("/").status()).isEqualTo(200);

		var disabled = admin.postForm(userPath + "/disable", Map.of(), userPath);
		assertThat(disabled.status()).isEqualTo(302);
		assertThat(leaver.get("/").status()).isEqualTo(302);
		assertThat(leaver.get("/api/v1/me", token).status()).isEqualTo(401);
		assertThat(new Http(port).signIn(username, "leaving-password-1").location()).contains("error=disabled");
		assertThat(auditCount("DISABLE", "USER", userPath.substring("/admin/users/".length()))).isEqualTo(1);
	}

	private int auditCount(String action, String type, String id) {
		return jdbc.sql("select count(*) from audit_event where action = ? and entity_type = ? and entity_id = ? and username = 'admin'")
			.params(action, type, id).query(Integer.class).single();
	}

}
