package org.accord.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.accord.AccordApplication;
import org.accord.platform.database.EmbeddedPostgresConfiguration.EmbeddedDatabase;
import org.accord.referral.ReferralDeadlineFixture;
import org.accord.referral.ReferralDeadlines;
import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.accord.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second application node against the same PostgreSQL, as behind a load balancer: tokens,
 * sessions and disabling a user must hold on both at once, and a late referral is escalated once
 * when both nodes check its deadline.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeTests {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferralDeadlines deadlines;

	@Autowired
	Scheduler scheduler;

	ConfigurableApplicationContext node2;

	int port2;

	@BeforeAll
	void startSecondNode() {
		node2 = new SpringApplicationBuilder(AccordApplication.class).properties(
				"server.port=0",
				"spring.datasource.url=jdbc:postgresql://localhost:" + database.port() + "/accord",
				"spring.datasource.username=postgres",
				"spring.datasource.password=",
				"spring.datasource.hikari.maximum-pool-size=4",
				"logging.structured.format.console=",
				"spring.jmx.enabled=false",
				// the first node's test schedule, so that starting this one does not bring the deadline check forward
				"accord.referral.deadline-check-interval=P1D")
			.initializers(context -> context.getBeanFactory().registerSingleton("testClock", clock))
			// a command-line argument, as application.properties outranks the builder's default properties
			.run("--server.forward-headers-strategy=native");
		port2 = Integer.parseInt(node2.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	void stopSecondNode() {
		if (node2 != null) {
			node2.close();
		}
	}

	@Test
	void aTokenIssuedByOneNodeWorksOnTheOther() {
		String token = new Http(port).token("police");
		var onNode2 = new Http(port2).get("/api/v1/me", token);
		assertThat(onNode2.status()).isEqualTo(200);
		assertThat(onNode2.json().get("username").asString()).isEqualTo("police");
	}

	@Test
	void aSessionStartedOnOneNodeIsValidOnTheOther() {
		Http browser = new Http(port);
		browser.signIn("socialworker", Demo.PASSWORD);
		var page = browser.onPort(port2).get("/");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Tom Reid");
	}

	@Test
	void aUserDisabledOnOneNodeIsRefusedOnTheOtherAtOnce() {
		Http admin = new Http(port);
		admin.signIn("admin", Demo.PASSWORD);
		String username = "twonode" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("displayName", "Two Node");
		form.put("agencyId", UUID.nameUUIDFromBytes("agency:Northshire Police".getBytes()).toString());
		form.put("roles", "PRACTITIONER");
		form.put("password", "two-node-password");
		String location = admin.postForm("/admin/users/new", form, "/admin/users/new").location();
		String userPath = location.substring(location.indexOf("/admin/users/"));

		Http user = new Http(port2);
		user.signIn(username, "two-node-password");
		String token = user.token(username, "two-node-password");
		assertThat(user.get("/").status()).isEqualTo(200);
		assertThat(user.get("/api/v1/me", token).status()).isEqualTo(200);

		admin.postForm(userPath + "/disable", Map.of(), userPath);

		assertThat(user.get("/api/v1/me", token).status()).isEqualTo(401);
		assertThat(user.get("/").status()).isEqualTo(302);
		assertThat(new Http(port2).signIn(username, "two-node-password").location()).contains("error=disabled");
	}

	@Test
	void sprayingSlowedOnOneNodeIsSlowedOnTheOther() {
		Http sprayer = new Http(port).from("203.0.113.199");
		for (int i = 0; i < 20; i++) {
			assertThat(sprayer.postJson("/api/v1/auth/token", Json.of("username", "two-node-" + i, "password", "x"))
				.status()).isEqualTo(401);
		}
		var onNode2 = sprayer.onPort(port2).postJson("/api/v1/auth/token", Json.of("username", "two-node-99", "password", "x"));
		assertThat(onNode2.status()).isEqualTo(429);
		assertThat(onNode2.header("Retry-After")).isNotBlank();
		assertThat(new Http(port2).from("198.18.0.60").postJson("/api/v1/auth/token",
				Json.of("username", "police", "password", "accord-demo")).status()).isEqualTo(200);
	}

	@Test
	void aLateReferralIsEscalatedOnceWhenBothNodesCheckAtTheSameMoment() throws Exception {
		ReferralDeadlineFixture referrals = new ReferralDeadlineFixture(new Http(port), jdbc, clock, "Twonodetest");
		String both = referrals.referral("Zena");
		referrals.dueOn(both, referrals.today().minusDays(1));

		ReferralDeadlines onNode2 = node2.getBean(ReferralDeadlines.class);
		ReferralDeadlineFixture.concurrently(deadlines::check, onNode2::check);
		assertThat(referrals.breaches(both)).as("one escalation from two nodes").hasSize(1);
		assertThat(referrals.notices(both, "not answered in time")).hasSize(1);

		// Both nodes' schedulers find the task due at once; one of them takes it, and the referral is escalated once.
		String scheduled = referrals.referral("Zoe");
		referrals.dueOn(scheduled, referrals.today().minusDays(1));
		ReferralDeadlineFixture.runNow(scheduler);
		node2.getBean(Scheduler.class).triggerCheckForDueExecutions();
		ReferralDeadlineFixture.await(() -> !referrals.breaches(scheduled).isEmpty());
		Thread.sleep(1000);
		assertThat(referrals.breaches(scheduled)).as("one escalation by the cluster's scheduled run").hasSize(1);
		assertThat(referrals.notices(scheduled, "not answered in time")).hasSize(1);
		assertThat(referrals.breaches(both)).hasSize(1);
	}

}
