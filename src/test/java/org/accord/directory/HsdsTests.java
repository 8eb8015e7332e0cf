package org.accord.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Open Referral HSDS 3.0: exports valid against the specification's schemas, and a faithful, idempotent import. */
@IntegrationTest
class HsdsTests {

	private static final Path STANDARD = Path.of("src", "test", "resources", "hsds-3.0");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String token;

	String admin;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		token = http.token("cpn", "accord-demo");
		admin = http.token("admin", "accord-demo");
	}

	@Test
	void everyExportValidatesAgainstTheHsdsSchemas() throws IOException {
		Schema service = schema("service.json");
		Schema organization = schema("organization.json");
		Schema serviceItem = schema("service_list.json");
		Schema organizationItem = schema("organization_list.json");

		List<UUID> ids = jdbc.sql("select id from service").query(UUID.class).list();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(30);
		for (UUID id : ids) {
			JsonNode doc = get("/api/v1/hsds/services/" + id);
			assertThat(service.validate(doc)).as("service %s", id).isEmpty();
		}
		for (UUID id : jdbc.sql("select id from agency").query(UUID.class).list()) {
			JsonNode doc = get("/api/v1/hsds/organizations/" + id);
			assertThat(organization.validate(doc)).as("organization %s", id).isEmpty();
		}
		JsonNode services = get("/api/v1/hsds/services?per_page=200");
		assertThat(services.get("total_items").asInt()).isEqualTo(ids.size());
		assertThat(services.get("first_page").asBoolean()).isTrue();
		services.get("contents").forEach(item -> assertThat(serviceItem.validate(item)).isEmpty());
		JsonNode organizations = get("/api/v1/hsds/organizations");
		assertThat(organizations.get("contents").size()).isGreaterThanOrEqualTo(12);
		organizations.get("contents").forEach(item -> assertThat(organizationItem.validate(item)).isEmpty());
		assertThat(http.get("/api/v1/hsds/services?per_page=0", token).json().get("errors").get(0).get("field").asString())
			.isEqualTo("per_page");
	}

	@Test
	void exportImportExportIsStableAndReimportChangesNothing() {
		UUID id = serviceId("Women's recovery group");
		JsonNode first = get("/api/v1/hsds/services/" + id);
		var again = importDoc(first.toString());
		assertThat(again.get("unchanged").asInt()).isEqualTo(1);
		assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
		assertThat(get("/api/v1/hsds/services/" + id)).isEqualTo(first);

		jdbc.sql("delete from directory_contact where service_id = ?").param(id).update();
		jdbc.sql("delete from service where id = ?").param(id).update();
		var created = importDoc(first.toString());
		assertThat(created.get("created").asInt()).as(created.toString()).isEqualTo(1);
		JsonNode second = get("/api/v1/hsds/services/" + id);
		assertThat(withoutLastModified(second)).isEqualTo(withoutLastModified(first));

		JsonNode organization = get("/api/v1/hsds/organizations/" + jdbc.sql("select agency_id from service where id = ?").param(id).query(UUID.class).single());
		var orgAgain = importDoc(organization.toString());
		assertThat(orgAgain.get("created").asInt() + orgAgain.get("updated").asInt() + orgAgain.get("rejected").asInt())
			.as(orgAgain.toString()).isZero();
	}

	@Test
	void badRecordsAreRejectedOneByOneWithReasonsAndNothingHalfWritten() {
		JsonNode good = get("/api/v1/hsds/services/" + serviceId("Benefits advice"));
		ObjectNode fresh = (ObjectNode) JSON.readTree(good.toString());
		UUID newId = UUID.randomUUID();
		fresh.put("id", newId.toString());
		fresh.put("name", "Pension credit advice");
		fresh.remove("phones");
		fresh.remove("schedules");
		fresh.remove("service_areas");
		fresh.set("service_areas", JSON.readTree("[{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Southmoor\"}]"));
		fresh.remove("languages");
		fresh.remove("service_at_locations");
		fresh.remove("attributes");
		fresh.put("email", "pensions@example.org");
		String wrongType = "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":42,\"status\":\"active\"}";
		String missing = "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"No status\",\"organization_id\":\"" + fresh.get("organization_id").asString() + "\",\"status\":\"sometimes\"}";
		String unknownArea = fresh.toString().replace("\"Southmoor\"", "\"Atlantis\"").replace(newId.toString(), UUID.randomUUID().toString());
		int before = jdbc.sql("select count(*) from service").query(Integer.class).single();
		String page = "{\"total_items\":4,\"total_pages\":1,\"page_number\":1,\"size\":4,\"first_page\":true,\"last_page\":true,\"empty\":false,\"contents\":["
				+ fresh + "," + wrongType + "," + missing + "," + unknownArea + "]}";
		var report = importDoc(page);
		assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(1);
		assertThat(report.get("rejected").asInt()).isEqualTo(3);
		String reasons = report.get("records").toString();
		assertThat(reasons).contains("name: integer found, string expected")
			.contains("status: does not have a value in the enumeration")
			.contains("service_areas[0].name: 'Atlantis' is not an area of the partnership");
		assertThat(jdbc.sql("select count(*) from service").query(Integer.class).single()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select count(*) from service where name = 'No status'").query(Integer.class).single()).isZero();

		var notJson = http.postJson("/api/v1/hsds/import", "{\"contents\": [", admin);
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.json().get("errors").get(0).get("field").asString()).isEqualTo("document");
		assertThat(http.postJson("/api/v1/hsds/import", "[1,2]", admin).status()).isEqualTo(400);
	}

	@Test
	void theRefugeAddressIsInNoExportEvenForItsOwnAgency() {
		UUID refuge = serviceId("Safer Futures refuge");
		UUID agency = jdbc.sql("select agency_id from service where id = ?").param(refuge).query(UUID.class).single();
		String idva = http.token("idva", "accord-demo");
		for (String t : new String[] { token, idva, admin }) {
			for (String path : new String[] { "/api/v1/hsds/services/" + refuge, "/api/v1/hsds/services?per_page=200",
					"/api/v1/hsds/organizations/" + agency, "/api/v1/hsds/organizations" }) {
				String body = http.get(path, t).body();
				assertThat(body).doesNotContain("Larch Close").doesNotContain("NB3 7QT");
			}
		}
		JsonNode doc = get("/api/v1/hsds/services/" + refuge);
		assertThat(doc.get("service_at_locations").size()).isZero();
		assertThat(doc.toString()).contains("accord-address-confidential");
		assertThat(importDoc(doc.toString()).get("unchanged").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("select address_line1 from service where id = ?").param(refuge).query(String.class).single())
			.as("re-importing an export keeps the confidential address").isEqualTo("14 Larch Close");
	}

	@Test
	void valuesTooLongForAccordAreRejectedNotA500AndAStatuslessServiceIsNotTakenForAnAgency() {
		JsonNode good = get("/api/v1/hsds/services/" + serviceId("Benefits advice"));
		ObjectNode longPhone = (ObjectNode) JSON.readTree(good.toString());
		longPhone.put("id", UUID.randomUUID().toString());
		longPhone.put("name", "Phone too long");
		((ObjectNode) longPhone.get("phones").get(0)).put("number", "0".repeat(60));
		ObjectNode fine = (ObjectNode) JSON.readTree(good.toString());
		fine.put("id", UUID.randomUUID().toString());
		fine.put("name", "Fine service after a bad one");
		int agencies = jdbc.sql("select count(*) from agency").query(Integer.class).single();
		String noStatus = "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"No status service\",\"description\":\"x\",\"eligibility_description\":\"anyone\"}";
		var report = importDoc("{\"contents\":[" + longPhone + "," + fine + "," + noStatus + "]}");
		assertThat(report.get("rejected").asInt()).as(report.toString()).isEqualTo(2);
		assertThat(report.get("created").asInt()).isEqualTo(1);
		assertThat(report.get("records").get(0).get("reasons").toString()).contains("longer than Accord keeps");
		assertThat(report.get("records").get(2).get("type").asString()).isEqualTo("service");
		assertThat(jdbc.sql("select count(*) from agency").query(Integer.class).single()).isEqualTo(agencies);
		assertThat(jdbc.sql("select count(*) from service where name = 'Phone too long'").query(Integer.class).single()).isZero();
	}

	@Test
	void onlyAdministratorsImport() {
		var r = http.postJson("/api/v1/hsds/import", get("/api/v1/hsds/services/" + serviceId("Benefits advice")).toString(), token);
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.contentType()).startsWith("application/problem+json");
	}

	@Test
	void theSpecificationsOwnExamplesImportWithoutError() throws IOException {
		for (String example : new String[] { "service_full.json", "organization_full.json", "service_list.json", "organization_list.json" }) {
			String doc = Files.readString(STANDARD.resolve("examples").resolve(example));
			var r = http.postJson("/api/v1/hsds/import", doc, admin);
			assertThat(r.status()).as(example + ": " + r.body()).isEqualTo(200);
			r.json().get("records").forEach(record -> {
				if ("REJECTED".equals(record.get("outcome").asString())) {
					assertThat(record.get("reasons").size()).as(example + " rejected without a reason").isPositive();
				}
			});
		}
	}

	@Test
	void theImportPageReportsEachRecord() {
		Http page = new Http(port);
		page.signIn("admin", "accord-demo");
		assertThat(page.get("/admin/directory/import").body()).contains("Import services (Open Referral)");
		Http other = new Http(port);
		other.signIn("cpn", "accord-demo");
		assertThat(other.get("/admin/directory/import").status()).isEqualTo(403);
	}

	private JsonNode importDoc(String doc) {
		var r = http.postJson("/api/v1/hsds/import", doc, admin);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	private JsonNode get(String path) {
		var r = http.get(path, token);
		assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
		return r.json();
	}

	private UUID serviceId(String name) {
		return jdbc.sql("select id from service where name = ?").param(name).query(UUID.class).single();
	}

	private static JsonNode withoutLastModified(JsonNode doc) {
		ObjectNode copy = (ObjectNode) JSON.readTree(doc.toString());
		copy.remove("last_modified");
		return copy;
	}

	private static Schema schema(String name) throws IOException {
		try (InputStream in = Files.newInputStream(STANDARD.resolve("schema/compiled").resolve(name))) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
	}

}
