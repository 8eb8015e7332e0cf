package org.accord.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.networknt.schema.Schema;
import org.accord.identity.Agencies;
import org.accord.identity.AgencyType;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.accord.directory.HsdsFixtures.compiled;
import static org.accord.directory.HsdsFixtures.page;
import static org.accord.directory.HsdsFixtures.problems;
import static org.accord.directory.HsdsFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS 3.0 read API: every document it gives out is valid against the schemas shipped with the
 * standard, carries what the directory knows in the HSDS field meant for it, and never carries a
 * confidential address.
 */
@IntegrationTest
class HsdsExportTests {

	@LocalServerPort
	int port;

	@Autowired
	Services services;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String token;

	@BeforeEach
	void signIn() {
		http = new Http(port);
		token = http.token("cpn", "accord-demo");
	}

	@Test
	void aServiceAndItsOrganizationAreValidHsdsWithEveryModelledField() {
		UUID agency = HsdsFixtures.agency(agencies, "HSDS export agency " + unique(), AgencyType.VOLUNTARY);
		UUID full = UUID.randomUUID();
		UUID minimal = UUID.randomUUID();
		services.create(full, HsdsFixtures.full(agency, "Money and tenancy advice " + unique(), services));
		services.create(minimal, HsdsFixtures.minimal(agency, "Pension advice " + unique(), services));

		JsonNode s = get("/api/v1/hsds/services/" + full);
		assertThat(problems(compiled("service.json"), s)).isEmpty();
		assertThat(s.get("id").asString()).isEqualTo(full.toString());
		assertThat(s.get("organization_id").asString()).isEqualTo(agency.toString());
		assertThat(s.get("status").asString()).isEqualTo("active");
		assertThat(s.get("url").asString()).isEqualTo("https://advice.example.org");
		assertThat(s.get("email").asString()).isEqualTo("hello@advice.example.org");
		assertThat(s.get("application_process").asString()).isEqualTo("Phone or email the advice line; people can refer themselves.");
		assertThat(s.get("eligibility_description").asString()).isEqualTo("Adults living in Northbridge");
		assertThat(s.get("minimum_age").asInt()).isEqualTo(18);
		assertThat(s.get("maximum_age").asInt()).isEqualTo(99);
		assertThat(s.get("wait_time").asString()).isEqualTo("10 days");
		assertThat(s.get("fees_description").asString()).isEqualTo("Free");
		assertThat(s.get("assured_date").asString()).isEqualTo("2026-09-01");
		assertThat(Instant.parse(s.get("last_modified").asString())).isNotNull();
		assertThat(texts(s.get("phones"), "number")).containsExactlyInAnyOrder("01632 960000", "01632 960001");
		assertThat(texts(s.get("languages"), "name")).containsExactly("English", "Polish", "Urdu");
		assertThat(texts(s.get("service_areas"), "name")).containsExactly("Northbridge");
		List<String> weekly = new ArrayList<>();
		for (JsonNode schedule : s.get("schedules")) {
			if (schedule.has("freq")) {
				assertThat(schedule.get("freq").asString()).isEqualTo("WEEKLY");
				weekly.add(schedule.get("byday").asString() + " " + schedule.get("opens_at").asString() + "-"
						+ schedule.get("closes_at").asString());
			}
		}
		assertThat(weekly).containsExactly("MO 09:00-17:00", "WE 09:30-13:00", "WE 14:00-19:00");
		assertThat(texts(s.get("schedules"), "description")).contains("Closed on bank holidays");
		List<String> needs = new ArrayList<>();
		s.get("attributes").forEach(a -> {
			if ("accord-need".equals(a.get("taxonomy_term").get("taxonomy").asString())) {
				needs.add(a.get("value").asString());
			}
		});
		assertThat(needs).containsExactlyInAnyOrder("FINANCIAL", "LEGAL");
		JsonNode address = s.get("service_at_locations").get(0).get("location").get("addresses").get(0);
		assertThat(address.get("address_1").asString()).isEqualTo("1 Market Street");
		assertThat(address.get("postal_code").asString()).isEqualTo("NB1 1AA");
		assertThat(s.get("organization").get("id").asString()).isEqualTo(agency.toString());

		JsonNode m = get("/api/v1/hsds/services/" + minimal);
		assertThat(problems(compiled("service.json"), m)).isEmpty();
		assertThat(m.get("status").asString()).isEqualTo("inactive");
		assertThat(m.get("service_at_locations").size()).isZero();

		JsonNode o = get("/api/v1/hsds/organizations/" + agency);
		assertThat(problems(compiled("organization.json"), o)).isEmpty();
		assertThat(texts(o.get("services"), "id")).containsExactlyInAnyOrder(full.toString(), minimal.toString());
		assertThat(o.get("attributes").get(0).get("value").asString()).isEqualTo("VOLUNTARY");
	}

	@Test
	void everyServiceInTheDirectoryIsValidHsds() {
		Schema schema = compiled("service.json");
		for (UUID id : jdbc.sql("select id from service").query(UUID.class).list()) {
			assertThat(problems(schema, get("/api/v1/hsds/services/" + id))).as("service %s", id).isEmpty();
		}
		Schema organization = compiled("organization.json");
		for (UUID id : jdbc.sql("select id from agency").query(UUID.class).list()) {
			assertThat(problems(organization, get("/api/v1/hsds/organizations/" + id))).as("organization %s", id).isEmpty();
		}
	}

	@Test
	void listPagesHaveTheHsdsPageShapeAndCoverEveryRecordOnce() {
		HsdsFixtures.agency(agencies, "HSDS paging agency " + unique(), AgencyType.OTHER);
		walk("/api/v1/hsds/services", 7, page("service_list.json"), jdbc.sql("select id from service").query(String.class).list());
		walk("/api/v1/hsds/organizations", 5, page("organization_list.json"),
				jdbc.sql("select id from agency").query(String.class).list());
	}

	@Test
	void pagesAreOneBasedAndDefaultToTheFirst() {
		JsonNode first = get("/api/v1/hsds/services");
		assertThat(first.get("page_number").asInt()).isEqualTo(1);
		assertThat(first.get("first_page").asBoolean()).isTrue();
		assertThat(problems(page("service_list.json"), first)).isEmpty();
		JsonNode beyond = get("/api/v1/hsds/services?page=1000&per_page=50");
		assertThat(problems(page("service_list.json"), beyond)).isEmpty();
		assertThat(beyond.get("empty").asBoolean()).isTrue();
		assertThat(beyond.get("size").asInt()).isZero();
		assertThat(beyond.get("last_page").asBoolean()).isTrue();
	}

	@Test
	void badPagingParametersAreProblemsNamingTheParameter() {
		for (String path : new String[] { "/api/v1/hsds/services", "/api/v1/hsds/organizations" }) {
			assertProblem(path + "?page=0", 400, "page");
			assertProblem(path + "?page=-3", 400, "page");
			assertProblem(path + "?page=first", 400, "page");
			assertProblem(path + "?per_page=many", 400, "per_page");
			assertProblem(path + "?per_page=0", 400, "per_page");
			assertThat(http.get(path + "?per_page=201", token).status()).isEqualTo(400);
		}
	}

	@Test
	void unknownAndMalformedIdsAreProblems() {
		for (String kind : new String[] { "services", "organizations" }) {
			var missing = http.get("/api/v1/hsds/" + kind + "/" + UUID.randomUUID(), token);
			assertThat(missing.status()).isEqualTo(404);
			assertThat(missing.contentType()).startsWith("application/problem+json");
			assertProblem("/api/v1/hsds/" + kind + "/not-a-uuid", 400, "id");
		}
	}

	@Test
	void theApiIsForSignedInUsersOnly() {
		assertThat(http.get("/api/v1/hsds/services").status()).isEqualTo(401);
		assertThat(http.get("/api/v1/hsds/organizations").status()).isEqualTo(401);
		assertThat(http.get("/api/v1/hsds/services", "not-a-token").status()).isEqualTo(401);
	}

	@Test
	void aConfidentialAddressIsInNoExportForAnyone() {
		UUID agency = jdbc.sql("select agency_id from app_user where username = 'idva'").query(UUID.class).single();
		String u = unique();
		String line = "Hidden Lane " + u;
		String town = "Secretford" + u;
		String postcode = "ZZ" + u.substring(0, 6).toUpperCase(Locale.ROOT);
		UUID house = UUID.randomUUID();
		services.create(house, HsdsFixtures.confidential(agency, "Safe house " + u, line, town, postcode, services));

		for (String user : new String[] { "idva", "cpn", "admin" }) {
			String t = http.token(user, "accord-demo");
			List<String> bodies = new ArrayList<>();
			bodies.add(http.get("/api/v1/hsds/services/" + house, t).body());
			bodies.add(http.get("/api/v1/hsds/organizations/" + agency, t).body());
			bodies.addAll(pages("/api/v1/hsds/services", t));
			bodies.addAll(pages("/api/v1/hsds/organizations", t));
			for (String body : bodies) {
				String lower = body.toLowerCase(Locale.ROOT);
				assertThat(lower).as(user).doesNotContain(line.toLowerCase(Locale.ROOT))
					.doesNotContain(town.toLowerCase(Locale.ROOT))
					.doesNotContain(postcode.toLowerCase(Locale.ROOT));
			}
		}

		JsonNode doc = get("/api/v1/hsds/services/" + house);
		assertThat(problems(compiled("service.json"), doc)).isEmpty();
		assertThat(doc.get("service_at_locations").size()).isZero();
		assertThat(keys(doc)).doesNotContain("addresses", "address_1", "postal_code", "location", "latitude");
		JsonNode organization = get("/api/v1/hsds/organizations/" + agency);
		for (JsonNode service : organization.get("services")) {
			if (service.get("id").asString().equals(house.toString())) {
				assertThat(keys(service)).doesNotContain("addresses", "address_1", "postal_code", "location");
			}
		}
	}

	/** Reads every page of a list and checks the page arithmetic and that each record comes exactly once. */
	private void walk(String path, int perPage, Schema schema, List<String> expectedIds) {
		int total = expectedIds.size();
		int pages = (total + perPage - 1) / perPage;
		List<String> seen = new ArrayList<>();
		for (int n = 1; n <= pages + 1; n++) {
			JsonNode p = get(path + "?page=" + n + "&per_page=" + perPage);
			assertThat(problems(schema, p)).as("%s page %d", path, n).isEmpty();
			assertThat(p.get("total_items").asInt()).isEqualTo(total);
			assertThat(p.get("total_pages").asInt()).isEqualTo(pages);
			assertThat(p.get("page_number").asInt()).isEqualTo(n);
			assertThat(p.get("size").asInt()).isEqualTo(p.get("contents").size());
			assertThat(p.get("first_page").asBoolean()).isEqualTo(n == 1);
			assertThat(p.get("last_page").asBoolean()).isEqualTo(n >= pages);
			assertThat(p.get("empty").asBoolean()).isEqualTo(p.get("contents").isEmpty());
			assertThat(p.get("contents").size()).isEqualTo(n < pages ? perPage : n == pages ? total - (pages - 1) * perPage : 0);
			p.get("contents").forEach(item -> seen.add(item.get("id").asString()));
		}
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedIds);
	}

	private List<String> pages(String path, String bearer) {
		List<String> bodies = new ArrayList<>();
		for (int n = 1;; n++) {
			var r = http.get(path + "?per_page=10&page=" + n, bearer);
			assertThat(r.status()).isEqualTo(200);
			bodies.add(r.body());
			if (r.json().get("last_page").asBoolean()) {
				return bodies;
			}
		}
	}

	private void assertProblem(String path, int status, String field) {
		var r = http.get(path, token);
		assertThat(r.status()).as(path + " " + r.body()).isEqualTo(status);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(texts(r.json().get("errors"), "field")).as(path).contains(field);
	}

	private JsonNode get(String path) {
		var r = http.get(path, token);
		assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
		assertThat(r.contentType()).startsWith("application/json");
		return r.json();
	}

	static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		if (array != null) {
			array.forEach(n -> {
				if (n.hasNonNull(field)) {
					values.add(n.get(field).asString());
				}
			});
		}
		return values;
	}

	/** Every property name anywhere in a document. */
	static Set<String> keys(JsonNode node) {
		Set<String> keys = new HashSet<>();
		if (node.isObject()) {
			node.properties().forEach(e -> {
				keys.add(e.getKey());
				keys.addAll(keys(e.getValue()));
			});
		}
		else if (node.isArray()) {
			node.forEach(n -> keys.addAll(keys(n)));
		}
		return keys;
	}

}
