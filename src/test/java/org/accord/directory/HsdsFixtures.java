package org.accord.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.accord.identity.Agencies;
import org.accord.identity.AgencyType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the HSDS tests share: the schemas shipped with the standard (the tests' own copy of it in
 * src/test/resources/hsds-3.0, not the application's, so a stale copy cannot hide a mismatch) and
 * services built through the directory's own {@link Services#create(UUID, ServiceDraft)}.
 */
final class HsdsFixtures {

	static final Path STANDARD = Path.of("src", "test", "resources", "hsds-3.0");

	static final Path COMPILED = STANDARD.resolve("schema").resolve("compiled");

	static final Path EXAMPLES = STANDARD.resolve("examples");

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The eight fields of an HSDS 3.0 list page (openapi.json, components.schemas.Page, plus contents). */
	static final List<String> PAGE_FIELDS = List.of("total_items", "total_pages", "page_number", "size", "first_page",
			"last_page", "empty", "contents");

	/** The service of the standard's examples (service_full.json, organization_full.json, service_list.json). */
	static final UUID EXAMPLE_SERVICE = UUID.fromString("ac148810-d857-441c-9679-408f346de14b");

	/** The organization of the standard's examples. */
	static final UUID EXAMPLE_ORGANIZATION = UUID.fromString("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");

	private static final UUID MYCITY = UUID.nameUUIDFromBytes("area:MYCITY".getBytes());

	private HsdsFixtures() {
	}

	/**
	 * The examples' service covers "the MyCity area": while a test imports them the partnership covers MyCity
	 * too. The examples' records go with the area, so other tests find the demo partnership as it was.
	 */
	static void coverTheExamplesArea(JdbcClient jdbc) {
		jdbc.sql("insert into area (id, code, name) values (?, 'MYCITY', 'MyCity') on conflict do nothing").param(MYCITY).update();
	}

	static void forgetTheExamples(JdbcClient jdbc) {
		jdbc.sql("delete from service where id = ? or agency_id = ?").params(EXAMPLE_SERVICE, EXAMPLE_ORGANIZATION).update();
		jdbc.sql("delete from agency where id = ?").param(EXAMPLE_ORGANIZATION).update();
		jdbc.sql("delete from service_area where area_id = ?").param(MYCITY).update();
		jdbc.sql("delete from area where id = ?").param(MYCITY).update();
	}

	static Schema compiled(String name) {
		try (InputStream in = Files.newInputStream(COMPILED.resolve(name))) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A list page as the HSDS API describes it: the Page schema of openapi.json with every field present
	 * and nothing else, and {@code contents} items valid against the compiled list schema
	 * ({@code service_list.json} or {@code organization_list.json}).
	 */
	static Schema page(String listItemSchema) {
		try {
			JsonNode openapi = JSON.readTree(Files.readString(STANDARD.resolve("schema").resolve("openapi.json")));
			JsonNode item = JSON.readTree(Files.readString(COMPILED.resolve(listItemSchema)));
			ObjectNode page = JSON.createObjectNode();
			page.put("type", "object");
			ObjectNode properties = page.putObject("properties");
			properties.setAll((ObjectNode) openapi.at("/components/schemas/Page/properties"));
			ObjectNode contents = properties.putObject("contents");
			contents.put("type", "array");
			contents.set("items", item);
			ArrayNode required = page.putArray("required");
			PAGE_FIELDS.forEach(required::add);
			page.put("additionalProperties", false);
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(page);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every validation message, with where in the document it applies. */
	static List<String> problems(Schema schema, JsonNode document) {
		return schema.validate(document).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	static UUID agency(Agencies agencies, String name, AgencyType type) {
		UUID id = UUID.randomUUID();
		agencies.create(id, name, type);
		return id;
	}

	static Area area(Services services, String name) {
		return services.areas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
	}

	/**
	 * A service with every field the directory models filled in. Its needs (money and legal advice) and
	 * area (Northbridge) keep it out of the other tests' counted searches.
	 */
	static ServiceDraft full(UUID agencyId, String name, Services services) {
		return new ServiceDraft(agencyId, name, "Advice on debts, benefits and tenancy rights for anyone affected by abuse.",
				EnumSet.of(NeedCategory.FINANCIAL, NeedCategory.LEGAL), "Adults living in Northbridge", 18, 99,
				GenderServed.ANY, true, EnumSet.of(ReferralRoute.PHONE, ReferralRoute.EMAIL, ReferralRoute.SELF_REFERRAL),
				"Phone or email the advice line; people can refer themselves.", "01632 960001", "referrals@advice.example.org",
				10, "Closed on bank holidays", List.of("English", "Polish", "Urdu"), "Step-free access and a hearing loop",
				"Free", "01632 960000", "hello@advice.example.org", "https://advice.example.org",
				new Address("1 Market Street", "Second floor", "Northbridge", "NB1 1AA"), false, null, true, null,
				LocalDate.of(2026, 9, 1), Set.of(area(services, "Northbridge").id()),
				List.of(new OpeningTime(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
						new OpeningTime(DayOfWeek.WEDNESDAY, LocalTime.of(9, 30), LocalTime.of(13, 0)),
						new OpeningTime(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(19, 0))));
	}

	/** As little as the directory accepts: a name, a need, an area, and one way to refer. */
	static ServiceDraft minimal(UUID agencyId, String name, Services services) {
		return new ServiceDraft(agencyId, name, null, EnumSet.of(NeedCategory.FINANCIAL), null, null, null, GenderServed.ANY,
				false, EnumSet.of(ReferralRoute.VIA_ACCORD), null, null, null, null, null, List.of(), null, null, null, null,
				null, null, false, null, false, null, LocalDate.of(2026, 8, 1), Set.of(area(services, "Northbridge").id()),
				List.of());
	}

	/** A service at a confidential address (a safe house) whose address lines and postcode carry the given unique strings. */
	static ServiceDraft confidential(UUID agencyId, String name, String secretLine, String secretTown, String secretPostcode,
			Services services) {
		ServiceDraft f = full(agencyId, name, services);
		return new ServiceDraft(agencyId, name, "Safe accommodation; the address is given only to people who are offered a place.",
				EnumSet.of(NeedCategory.FINANCIAL), f.referralCriteria(), 18, null, GenderServed.WOMEN, true,
				EnumSet.of(ReferralRoute.PHONE), f.howToRefer(), f.referralPhone(), null, null, null, f.languages(), null,
				null, f.phone(), null, null, new Address(secretLine, null, secretTown, secretPostcode),
				true, "Never give the address to anyone outside the service", true, null, LocalDate.of(2026, 9, 1),
				f.areaIds(), f.openingTimes());
	}

}
