package org.accord.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accord.identity.Agencies;
import org.accord.identity.AgencyType;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.accord.directory.HsdsExportTests.texts;
import static org.accord.directory.HsdsFixtures.JSON;
import static org.accord.directory.HsdsFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS 3.0 import: record by record, idempotent, faithful to what the export gives out, and
 * all-or-nothing for each record.
 */
@IntegrationTest
class HsdsImportTests {

	private static final Set<String> OUTCOMES = Set.of("CREATED", "UPDATED", "UNCHANGED", "REJECTED");

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

	@BeforeEach
	void signIn() {
		http = new Http(port);
		admin = http.token("admin", "accord-demo");
		reader = http.token("cpn", "accord-demo");
	}

	/**
	 * Export, delete, import, export again: the second export is the first. The one field allowed to
	 * differ is {@code last_modified}, which is when Accord last wrote the record (the service row's
	 * updated_at): writing it again on import is a new write, so a new time is the truthful answer.
	 * Every other value, ids included, must come back exactly.
	 */
	@Test
	void exportThenImportThenExportGivesTheSameDocuments() {
		UUID agency = HsdsFixtures.agency(agencies, "HSDS round trip agency " + unique(), AgencyType.HEALTH);
		UUID full = UUID.randomUUID();
		UUID minimal = UUID.randomUUID();
		services.create(full, HsdsFixtures.full(agency, "Round trip advice " + unique(), services));
		services.create(minimal, HsdsFixtures.minimal(agency, "Round trip pensions " + unique(), services));
		JsonNode organization = get("/api/v1/hsds/organizations/" + agency);
		JsonNode service = get("/api/v1/hsds/services/" + full);

		JsonNode same = importDocument(organization);
		assertThat(outcomes(same)).as(same.toString()).containsExactly("UNCHANGED", "UNCHANGED", "UNCHANGED");

		jdbc.sql("delete from service where agency_id = ?").param(agency).update();
		jdbc.sql("delete from agency where id = ?").param(agency).update();
		JsonNode created = importDocument(organization);
		assertThat(outcomes(created)).as(created.toString()).containsExactly("CREATED", "CREATED", "CREATED");
		assertThat(ids(created)).containsExactlyInAnyOrder(agency.toString(), full.toString(), minimal.toString());
		assertThat(agencies.find(agency).orElseThrow().type()).isEqualTo(AgencyType.HEALTH);

		assertThat(withoutLastModified(get("/api/v1/hsds/organizations/" + agency))).isEqualTo(withoutLastModified(organization));
		assertThat(withoutLastModified(get("/api/v1/hsds/services/" + full))).isEqualTo(withoutLastModified(service));
		assertThat(outcomes(importDocument(service))).containsExactly("UNCHANGED");
	}

	@Test
	void importingTheSameDocumentAgainChangesNothing() {
		UUID agency = HsdsFixtures.agency(agencies, "HSDS source agency " + unique(), AgencyType.VOLUNTARY);
		UUID template = UUID.randomUUID();
		services.create(template, HsdsFixtures.full(agency, "Template " + unique(), services));
		JsonNode exported = get("/api/v1/hsds/services/" + template);

		// A partner's organization, with ids that are not UUIDs, carrying two services; and a list page
		// of two more services that name that organization.
		String orgId = "partner-org-" + unique();
		ObjectNode partner = JSON.createObjectNode();
		partner.put("id", orgId);
		partner.put("name", "Partner advice network " + unique());
		partner.put("description", "A network of advice centres");
		ArrayNode nested = partner.putArray("services");
		nested.add(copy(exported, "partner-service-" + unique(), "Debt clinic " + unique(), orgId));
		nested.add(copy(exported, "partner-service-" + unique(), "Tenancy clinic " + unique(), orgId));
		ObjectNode page = listPage(copy(exported, UUID.randomUUID().toString(), "Benefits clinic " + unique(), orgId),
				copy(exported, UUID.randomUUID().toString(), "Pensions clinic " + unique(), orgId));
		ArrayNode contents = (ArrayNode) page.get("contents");
		contents.insert(0, partner);

		JsonNode first = importDocument(page);
		assertThat(first.get("created").asInt()).as(first.toString()).isEqualTo(5);
		assertThat(first.get("rejected").asInt()).isZero();
		long audits = importAudits();
		int versions = jdbc.sql("select coalesce(sum(version), 0) from service where id = any(?)")
			.param(serviceIds(first)).query(Integer.class).single();

		JsonNode second = importDocument(page);
		assertThat(outcomes(second)).as(second.toString()).containsOnly("UNCHANGED").hasSize(5);
		assertThat(second.get("unchanged").asInt()).isEqualTo(5);
		assertThat(ids(second)).isEqualTo(ids(first));
		assertThat(importAudits()).as("nothing changed, so nothing is audited").isEqualTo(audits);
		assertThat(jdbc.sql("select coalesce(sum(version), 0) from service where id = any(?)")
			.param(serviceIds(first)).query(Integer.class).single()).isEqualTo(versions);
	}

	@Test
	void aChangedRecordIsUpdatedAndAudited() {
		UUID agency = HsdsFixtures.agency(agencies, "HSDS update agency " + unique(), AgencyType.VOLUNTARY);
		UUID id = UUID.randomUUID();
		services.create(id, HsdsFixtures.full(agency, "Update me " + unique(), services));
		ObjectNode doc = (ObjectNode) get("/api/v1/hsds/services/" + id);
		doc.put("description", "Now also helps with energy bills.");
		doc.put("minimum_age", 16);
		long audits = importAudits();

		JsonNode report = importDocument(doc);
		assertThat(outcomes(report)).containsExactly("UPDATED");
		Service updated = services.find(id).orElseThrow();
		assertThat(updated.description()).isEqualTo("Now also helps with energy bills.");
		assertThat(updated.minAge()).isEqualTo(16);
		assertThat(importAudits()).isEqualTo(audits + 1);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'IMPORT' and entity_type = 'SERVICE' and entity_id = ?")
			.param(id.toString()).query(Integer.class).single()).isEqualTo(1);
		assertThat(outcomes(importDocument(doc))).containsExactly("UNCHANGED");
	}

	/**
	 * assured_date is optional in HSDS. Without it a new service is taken as checked today; importing the
	 * same document again must keep that date, not report the service as changed.
	 */
	@Test
	void aServiceWithoutAnAssuredDateIsUnchangedWhenImportedAgain() {
		UUID agency = HsdsFixtures.agency(agencies, "HSDS assured agency " + unique(), AgencyType.VOLUNTARY);
		UUID template = UUID.randomUUID();
		services.create(template, HsdsFixtures.full(agency, "Assured template " + unique(), services));
		ObjectNode doc = copy(get("/api/v1/hsds/services/" + template), UUID.randomUUID().toString(),
				"No assured date " + unique(), agency.toString());
		doc.remove("assured_date");
		assertThat(outcomes(importDocument(doc))).containsExactly("CREATED");
		long audits = importAudits();
		assertThat(outcomes(importDocument(doc))).containsExactly("UNCHANGED");
		assertThat(importAudits()).isEqualTo(audits);
		assertThat(services.find(UUID.fromString(doc.get("id").asString())).orElseThrow().version()).isZero();
	}

	@Test
	void badRecordsAreRejectedWithTheFieldAndTheOthersStillImported() {
		UUID agency = HsdsFixtures.agency(agencies, "HSDS validation agency " + unique(), AgencyType.VOLUNTARY);
		UUID template = UUID.randomUUID();
		services.create(template, HsdsFixtures.full(agency, "Validation template " + unique(), services));
		JsonNode exported = get("/api/v1/hsds/services/" + template);

		ObjectNode good = copy(exported, UUID.randomUUID().toString(), "Good record " + unique(), agency.toString());
		ObjectNode wrongType = copy(exported, UUID.randomUUID().toString(), "Wrong type", agency.toString());
		wrongType.put("name", 42);
		ObjectNode noStatus = copy(exported, UUID.randomUUID().toString(), "No status " + unique(), agency.toString());
		noStatus.remove("status");
		ObjectNode badAge = copy(exported, UUID.randomUUID().toString(), "Bad age " + unique(), agency.toString());
		badAge.put("minimum_age", "ten");
		ObjectNode unknownArea = copy(exported, UUID.randomUUID().toString(), "Unknown area " + unique(), agency.toString());
		((ObjectNode) unknownArea.get("service_areas").get(0)).put("name", "Atlantis").put("description", "ATL");
		ObjectNode unknownOrganization = copy(exported, UUID.randomUUID().toString(), "Orphan " + unique(),
				UUID.randomUUID().toString());
		unknownOrganization.remove("organization");
		ObjectNode lateGood = copy(exported, UUID.randomUUID().toString(), "Late good record " + unique(), agency.toString());
		ObjectNode page = listPage(good, wrongType, noStatus, badAge, unknownArea, unknownOrganization, lateGood);

		Map<String, Integer> before = counts();
		JsonNode report = importDocument(page);
		assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(2);
		assertThat(report.get("rejected").asInt()).isEqualTo(5);
		Map<String, String> reasons = new HashMap<>();
		report.get("records").forEach(r -> {
			assertThat(OUTCOMES).contains(r.get("outcome").asString());
			if ("REJECTED".equals(r.get("outcome").asString())) {
				assertThat(r.get("reasons").size()).as(r.toString()).isPositive();
				reasons.put(r.get("id").asString(), r.get("reasons").toString());
			}
		});
		assertThat(reasons.get(wrongType.get("id").asString())).contains("name");
		assertThat(reasons.get(noStatus.get("id").asString())).contains("status");
		assertThat(reasons.get(badAge.get("id").asString())).contains("minimum_age");
		assertThat(reasons.get(unknownArea.get("id").asString())).contains("service_areas").contains("Atlantis");
		assertThat(reasons.get(unknownOrganization.get("id").asString())).contains("organization_id");

		Map<String, Integer> after = counts();
		assertThat(after.get("service")).isEqualTo(before.get("service") + 2);
		assertThat(after.get("service_area")).isEqualTo(before.get("service_area") + 2);
		assertThat(after.get("service_schedule")).isEqualTo(before.get("service_schedule") + 6);
		assertThat(after.get("agency")).isEqualTo(before.get("agency"));
		assertThat(after.get("import_audit")).isEqualTo(before.get("import_audit") + 2);
		for (ObjectNode rejected : List.of(wrongType, noStatus, badAge, unknownArea, unknownOrganization)) {
			assertThat(services.find(UUID.fromString(rejected.get("id").asString()))).isEmpty();
		}
	}

	@Test
	void aDocumentThatIsNotJsonIsABadRequest() {
		Map<String, Integer> before = counts();
		for (String body : new String[] { "{\"contents\": [", "not json at all" }) {
			var r = http.postJson("/api/v1/hsds/import", body, admin);
			assertThat(r.status()).as("[" + body + "] " + r.body()).isEqualTo(400);
			assertThat(r.contentType()).startsWith("application/problem+json");
			assertThat(texts(r.json().get("errors"), "field")).as(body).containsExactly("document");
		}
		// An empty body never reaches the importer: the platform answers "The request body is missing".
		for (String body : new String[] { "", "[1, 2]", "42", "\"a service\"", "{\"contents\": 3}" }) {
			var r = http.postJson("/api/v1/hsds/import", body, admin);
			assertThat(r.status()).as(body).isEqualTo(400);
			assertThat(r.contentType()).startsWith("application/problem+json");
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void onlyAdministratorsImport() {
		UUID agency = HsdsFixtures.agency(agencies, "HSDS permission agency " + unique(), AgencyType.VOLUNTARY);
		UUID template = UUID.randomUUID();
		services.create(template, HsdsFixtures.full(agency, "Permission template " + unique(), services));
		ObjectNode doc = copy(get("/api/v1/hsds/services/" + template), UUID.randomUUID().toString(), "Not allowed " + unique(),
				agency.toString());

		var r = http.postJson("/api/v1/hsds/import", doc.toString(), reader);
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(services.find(UUID.fromString(doc.get("id").asString()))).isEmpty();
		assertThat(http.postJson("/api/v1/hsds/import", doc.toString(), null).status()).isEqualTo(401);
		assertThat(services.find(UUID.fromString(doc.get("id").asString()))).isEmpty();
	}

	/** With the examples' area covered, the full examples import whole; a list item, which carries no area, may not. */
	@Test
	void theStandardsOwnExamplesImportWithoutAServerError() throws IOException {
		HsdsFixtures.forgetTheExamples(jdbc);
		HsdsFixtures.coverTheExamplesArea(jdbc);
		try {
			for (String example : new String[] { "service_full.json", "organization_full.json", "service_list.json",
					"organization_list.json" }) {
				String doc = Files.readString(HsdsFixtures.EXAMPLES.resolve(example), StandardCharsets.UTF_8);
				for (int pass = 1; pass <= 2; pass++) {
					var r = http.postJson("/api/v1/hsds/import", doc, admin);
					assertThat(r.status()).as(example + " pass " + pass + ": " + r.body()).isEqualTo(200);
					JsonNode report = r.json();
					assertThat(report.get("records").size()).as(example).isPositive();
					for (JsonNode record : report.get("records")) {
						String outcome = record.get("outcome").asString();
						assertThat(OUTCOMES).contains(outcome);
						if ("REJECTED".equals(outcome)) {
							assertThat(record.get("reasons").size()).as(example + " " + record).isPositive();
						}
						if (example.endsWith("_full.json")) {
							assertThat(outcome).as(example + " " + record).isNotEqualTo("REJECTED");
						}
						if (pass == 2) {
							assertThat(outcome).as(example + " imported twice: " + record).isIn("UNCHANGED", "REJECTED");
						}
					}
				}
			}
		}
		finally {
			HsdsFixtures.forgetTheExamples(jdbc);
		}
	}

	@Test
	void theImportPageUploadsAFileAndReportsEachRecord() {
		UUID agency = HsdsFixtures.agency(agencies, "HSDS page agency " + unique(), AgencyType.VOLUNTARY);
		UUID template = UUID.randomUUID();
		services.create(template, HsdsFixtures.full(agency, "Page template " + unique(), services));
		String goodName = "Uploaded service " + unique();
		ObjectNode good = copy(get("/api/v1/hsds/services/" + template), UUID.randomUUID().toString(), goodName,
				agency.toString());
		String badId = UUID.randomUUID().toString();
		String file = listPage(good, (ObjectNode) JSON.readTree("{\"id\":\"" + badId + "\",\"name\":7,\"status\":\"active\"}"))
			.toString();

		Http browser = new Http(port);
		browser.signIn("admin", "accord-demo");
		var form = browser.get("/admin/directory/import");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("govuk-file-upload").contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"");

		var result = upload(browser, "services.json", file);
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("1 created").contains("1 rejected").contains(goodName).contains("REJECTED")
			.contains("govuk-table");
		assertThat(services.find(UUID.fromString(good.get("id").asString()))).isPresent();

		var notJson = upload(browser, "notes.json", "this is not json");
		assertThat(notJson.status()).isEqualTo(200);
		assertThat(notJson.body()).contains("govuk-error-summary").contains("not valid JSON");

		Http other = new Http(port);
		other.signIn("cpn", "accord-demo");
		assertThat(other.get("/admin/directory/import").status()).isEqualTo(403);
	}

	private Http.Response upload(Http browser, String filename, String content) {
		String boundary = "----hsds" + unique();
		String body = "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + browser.csrf("/admin/directory/import") + "\r\n"
				+ "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + content + "\r\n"
				+ "--" + boundary + "--\r\n";
		return browser.send("POST", "/admin/directory/import", "multipart/form-data; boundary=" + boundary, body, null);
	}

	/** An exported service as another record: a new id and name, under another organization. */
	static ObjectNode copy(JsonNode exported, String id, String name, String organizationId) {
		ObjectNode copy = (ObjectNode) JSON.readTree(exported.toString());
		String oldId = copy.get("id").asString();
		copy = (ObjectNode) JSON.readTree(copy.toString().replace(oldId, id));
		copy.put("name", name);
		copy.put("organization_id", organizationId);
		if (copy.has("organization")) {
			((ObjectNode) copy.get("organization")).put("id", organizationId);
		}
		return copy;
	}

	static ObjectNode listPage(ObjectNode... records) {
		ObjectNode page = JSON.createObjectNode();
		page.put("total_items", records.length);
		page.put("total_pages", 1);
		page.put("page_number", 1);
		page.put("size", records.length);
		page.put("first_page", true);
		page.put("last_page", true);
		page.put("empty", records.length == 0);
		ArrayNode contents = page.putArray("contents");
		for (ObjectNode r : records) {
			contents.add(r);
		}
		return page;
	}

	private JsonNode importDocument(JsonNode document) {
		var r = http.postJson("/api/v1/hsds/import", document.toString(), admin);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode report = r.json();
		for (String field : new String[] { "created", "updated", "unchanged", "rejected", "records" }) {
			assertThat(report.has(field)).as(field).isTrue();
		}
		return report;
	}

	private JsonNode get(String path) {
		var r = http.get(path, reader);
		assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
		return r.json();
	}

	private static List<String> outcomes(JsonNode report) {
		return texts(report.get("records"), "outcome");
	}

	private static List<String> ids(JsonNode report) {
		return texts(report.get("records"), "id");
	}

	private static UUID[] serviceIds(JsonNode report) {
		List<UUID> ids = new ArrayList<>();
		report.get("records").forEach(r -> {
			if ("service".equals(r.get("type").asString())) {
				ids.add(UUID.fromString(r.get("id").asString()));
			}
		});
		return ids.toArray(UUID[]::new);
	}

	private long importAudits() {
		return jdbc.sql("select count(*) from audit_event where action = 'IMPORT'").query(Long.class).single();
	}

	private Map<String, Integer> counts() {
		return Map.of("service", count("select count(*) from service"), "service_area", count("select count(*) from service_area"),
				"service_schedule", count("select count(*) from service_schedule"), "agency", count("select count(*) from agency"),
				"import_audit", count("select count(*) from audit_event where action = 'IMPORT'"));
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private static JsonNode withoutLastModified(JsonNode document) {
		JsonNode copy = JSON.readTree(document.toString());
		strip(copy);
		return copy;
	}

	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.remove("last_modified");
			object.forEach(HsdsImportTests::strip);
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(HsdsImportTests::strip);
		}
	}

}
