package org.accord.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.identity.AgencyType;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.accord.directory.HsdsExportTests.texts;
import static org.accord.directory.HsdsFixtures.EXAMPLE_ORGANIZATION;
import static org.accord.directory.HsdsFixtures.EXAMPLE_SERVICE;
import static org.accord.directory.HsdsFixtures.JSON;
import static org.accord.directory.HsdsFixtures.compiled;
import static org.accord.directory.HsdsFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard's own {@code service_full.json}, unedited: the service and its organization import, what
 * Accord models of them reads back as the source gave it, and importing it again changes nothing.
 */
@IntegrationTest
class HsdsServiceFullTests {

	/** The service's own fields Accord keeps as they are. */
	private static final List<String> KEPT = List.of("name", "description", "url", "email", "status", "application_process",
			"fees_description", "eligibility_description", "minimum_age", "maximum_age", "assured_date", "alert");

	@LocalServerPort
	int port;

	@Autowired
	Services services;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String admin;

	String reader;

	ObjectNode source;

	@BeforeEach
	void setUp() throws IOException {
		http = new Http(port);
		admin = http.token("admin", "accord-demo");
		reader = http.token("cpn", "accord-demo");
		source = (ObjectNode) JSON.readTree(Files.readString(HsdsFixtures.EXAMPLES.resolve("service_full.json"), StandardCharsets.UTF_8));
		HsdsFixtures.forgetTheExamples(jdbc);
		HsdsFixtures.coverTheExamplesArea(jdbc);
	}

	@AfterEach
	void forgetTheExamples() {
		HsdsFixtures.forgetTheExamples(jdbc);
	}

	@Test
	void serviceFullImportsWithItsOrganizationReadsBackAsTheSourceAndImportsAgainUnchanged() {
		long audits = importAudits();
		JsonNode report = importDocument(source);
		assertThat(report.get("records").size()).as(report.toString()).isEqualTo(1);
		JsonNode record = report.get("records").get(0);
		assertThat(record.get("type").asString()).isEqualTo("service");
		assertThat(record.get("id").asString()).isEqualTo(EXAMPLE_SERVICE.toString());
		assertThat(record.get("outcome").asString()).as(record.toString()).isEqualTo("CREATED");
		assertThat(record.get("reasons").toString()).as("what was not kept is listed")
			.contains("organization: added the agency Example Organization Inc.")
			.contains("alternate_name").contains("accreditations").contains("metadata")
			.contains("organization: not kept").contains("legal_status")
			.contains("only a postal address");
		assertThat(importAudits()).as("the agency and the service").isEqualTo(audits + 2);

		Agency agency = agencies.find(EXAMPLE_ORGANIZATION).orElseThrow();
		assertThat(agency.name()).isEqualTo("Example Organization Inc.");
		assertThat(agency.type()).isEqualTo(AgencyType.OTHER);

		JsonNode back = get("/api/v1/hsds/services/" + EXAMPLE_SERVICE);
		assertThat(back.get("id").asString()).isEqualTo(EXAMPLE_SERVICE.toString());
		assertThat(back.get("organization_id").asString()).isEqualTo(EXAMPLE_ORGANIZATION.toString());
		assertThat(back.get("organization").get("id").asString()).isEqualTo(EXAMPLE_ORGANIZATION.toString());
		assertThat(back.get("organization").get("name")).isEqualTo(source.get("organization").get("name"));
		for (String field : KEPT) {
			assertThat(back.get(field)).as(field).isEqualTo(source.get(field));
		}
		assertThat(texts(back.get("phones"), "number")).isEqualTo(texts(source.get("phones"), "number"));
		assertThat(openingTimes(back)).isEqualTo(openingTimes(source)).hasSize(2);
		assertThat(texts(back.get("languages"), "name")).isEqualTo(texts(source.get("languages"), "name"));
		assertThat(texts(back.get("service_areas"), "name")).containsExactly("MyCity");
		assertThat(back.get("service_at_locations").size()).as("a postal address is not where the service is").isZero();
		assertThat(problems(compiled("service.json"), back)).isEmpty();

		int version = services.find(EXAMPLE_SERVICE).orElseThrow().version();
		JsonNode again = importDocument(source);
		assertThat(texts(again.get("records"), "outcome")).as(again.toString()).containsExactly("UNCHANGED");
		assertThat(again.get("unchanged").asInt()).isEqualTo(1);
		assertThat(importAudits()).isEqualTo(audits + 2);
		assertThat(services.find(EXAMPLE_SERVICE).orElseThrow().version()).isEqualTo(version);
		assertThat(agencies.find(EXAMPLE_ORGANIZATION).orElseThrow().version()).isEqualTo(agency.version());
	}

	@Test
	void aNestedOrganizationWithAWrongTypedFieldRejectsTheRecordNamingTheFieldAndWritesNothing() {
		((ObjectNode) source.get("organization")).put("name", 7);
		Map<String, Integer> before = counts();

		JsonNode report = importDocument(source);
		assertThat(texts(report.get("records"), "outcome")).as(report.toString()).containsExactly("REJECTED");
		assertThat(report.get("records").get(0).get("reasons").toString()).contains("organization.name");
		assertThat(agencies.find(EXAMPLE_ORGANIZATION)).isEmpty();
		assertThat(agencies.findByName("Example Organization Inc.")).isEmpty();
		assertThat(services.find(EXAMPLE_SERVICE)).isEmpty();
		assertThat(counts()).isEqualTo(before);
	}

	/** The organization is good and the service is not: the agency is not created for a service that never was. */
	@Test
	void aRejectedServiceLeavesNoAgencyBehind() {
		source.put("maximum_age", 5);
		Map<String, Integer> before = counts();

		JsonNode report = importDocument(source);
		assertThat(texts(report.get("records"), "outcome")).as(report.toString()).containsExactly("REJECTED");
		assertThat(report.get("records").get(0).get("reasons").toString()).contains("maximum_age");
		assertThat(agencies.find(EXAMPLE_ORGANIZATION)).isEmpty();
		assertThat(counts()).isEqualTo(before);
	}

	/** The database refuses the service after its agency was written: the record's transaction takes both back. */
	@Test
	void aServiceTheDatabaseRefusesLeavesNoAgencyBehind() {
		((ObjectNode) source.get("phones").get(0)).put("number", "0".repeat(60));
		Map<String, Integer> before = counts();

		JsonNode report = importDocument(source);
		assertThat(texts(report.get("records"), "outcome")).as(report.toString()).containsExactly("REJECTED");
		assertThat(report.get("records").get(0).get("reasons").toString()).contains("longer than Accord keeps");
		assertThat(agencies.find(EXAMPLE_ORGANIZATION)).isEmpty();
		assertThat(counts()).isEqualTo(before);
	}

	/** Each weekly opening period, "TH 10:00-18:00", however the schedules group the days. */
	private static Set<String> openingTimes(JsonNode service) {
		Set<String> times = new HashSet<>();
		for (JsonNode s : service.get("schedules")) {
			if (s.has("byday") && s.has("opens_at") && s.has("closes_at")) {
				for (String day : s.get("byday").asString().split(",")) {
					times.add(day.trim() + " " + LocalTime.parse(s.get("opens_at").asString()) + "-"
							+ LocalTime.parse(s.get("closes_at").asString()));
				}
			}
		}
		return times;
	}

	private JsonNode importDocument(JsonNode document) {
		var r = http.postJson("/api/v1/hsds/import", document.toString(), admin);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	private JsonNode get(String path) {
		var r = http.get(path, reader);
		assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
		return r.json();
	}

	private long importAudits() {
		return jdbc.sql("select count(*) from audit_event where action = 'IMPORT'").query(Long.class).single();
	}

	private Map<String, Integer> counts() {
		return Map.of("service", count("select count(*) from service"), "agency", count("select count(*) from agency"),
				"service_schedule", count("select count(*) from service_schedule"),
				"import_audit", count("select count(*) from audit_event where action = 'IMPORT'"));
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

}
