package org.accord.audit;

import java.util.UUID;

import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditTrailTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void aPageFarBeyondTheLastIsEmptyNotAnError() {
		Http http = new Http(port);
		http.signIn("ig", Demo.PASSWORD);
		var farPage = http.get("/audit?page=2147483647");
		assertThat(farPage.status()).isEqualTo(200);
		assertThat(farPage.body()).contains("Audit trail").doesNotContain("Sylvia");
	}

	@Test
	void rowsRecordWhoWhatWhenAndFromWhere() {
		Http http = new Http(port);
		http.signIn("idva", Demo.PASSWORD);
		var row = jdbc.sql("""
				select username, agency_name, roles, action, entity_type, ip_address, user_agent, request_id, occurred_at
				from audit_event where username = 'idva' and action = 'SIGN_IN' and outcome = 'SUCCESS'
				order by id desc limit 1""")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9) })
			.single();
		assertThat(row[1]).isEqualTo("Safer Futures");
		assertThat(row[2]).isEqualTo("PRACTITIONER");
		assertThat(row[4]).isEqualTo("USER");
		assertThat(row[5]).isNotBlank();
		assertThat(row[6]).contains("Java-http-client");
		assertThat(row[7]).isNotBlank();
		assertThat(row[8]).isNotBlank();
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveAuditRows() {
		audit.record(AuditEvent.of("TEST", "NOTHING", UUID.randomUUID()).person(UUID.randomUUID()));
		long id = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
		assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'X' where id = ?").param(id).update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).rootCause().hasMessageContaining("append-only");
		assertThat(jdbc.sql("select action from audit_event where id = ?").param(id).query(String.class).single())
			.isEqualTo("TEST");
	}

	@Test
	void noEndpointCanChangeTheAuditTrail() {
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith("org.accord.audit")) {
				assertThat(info.getMethodsCondition().getMethods()).allSatisfy(m -> assertThat(m.name()).isEqualTo("GET"));
			}
		});
	}

	@Test
	void informationGovernanceSeesAndFiltersTheTrailAndIsAuditedForLooking() {
		Http ig = new Http(port);
		ig.signIn("ig", Demo.PASSWORD);
		var page = ig.get("/audit?user=ig&action=SIGN_IN");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Audit trail").contains("SIGN_IN").contains("Northshire Community Safety Partnership");
		assertThat(jdbc.sql("select count(*) from audit_event where username = 'ig' and action = 'VIEW' and entity_type = 'AUDIT_LOG'")
			.query(Integer.class).single()).isPositive();

		Http practitioner = new Http(port);
		practitioner.signIn("drugworker", Demo.PASSWORD);
		assertThat(practitioner.get("/audit").status()).isEqualTo(403);
	}

	@Test
	void aFailedSignInWithAnUnknownNameStoresNoName() {
		new Http(port).signIn("my-secret-password-typed-here", "whatever");
		assertThat(jdbc.sql("select count(*) from audit_event where username like '%secret-password%' or detail like '%secret-password%'")
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN' and outcome = 'FAILED' and username is null")
			.query(Integer.class).single()).isPositive();
	}

}
