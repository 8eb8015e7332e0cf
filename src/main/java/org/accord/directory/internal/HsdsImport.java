package org.accord.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.directory.Address;
import org.accord.directory.Area;
import org.accord.directory.GenderServed;
import org.accord.directory.NeedCategory;
import org.accord.directory.OpeningTime;
import org.accord.directory.ReferralRoute;
import org.accord.directory.Service;
import org.accord.directory.ServiceDraft;
import org.accord.directory.Services;
import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.identity.AgencyType;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.Problems;

import org.springframework.stereotype.Component;

/**
 * Imports HSDS 3.0 services and organizations, one record at a time: each is checked against the
 * HSDS schema and Accord's own rules, then created, updated or left as it is, in its own transaction.
 * A rejected record writes nothing and says why. Importing the same document twice changes nothing.
 */
@Component
class HsdsImport {

	enum Outcome { CREATED, UPDATED, UNCHANGED, REJECTED }

	record RecordResult(String type, String id, String name, Outcome outcome, List<String> reasons) {
	}

	record Report(int created, int updated, int unchanged, int rejected, List<RecordResult> records) {

		static Report of(List<RecordResult> records) {
			return new Report(count(records, Outcome.CREATED), count(records, Outcome.UPDATED),
					count(records, Outcome.UNCHANGED), count(records, Outcome.REJECTED), records);
		}

		private static int count(List<RecordResult> records, Outcome outcome) {
			return (int) records.stream().filter(r -> r.outcome() == outcome).count();
		}

	}

	private static final Pattern DAYS = Pattern.compile("(\\d+)");

	private final JsonMapper json;

	private final Services services;

	private final Agencies agencies;

	private final AuditLog audit;

	private final Schema serviceSchema;

	private final Schema organizationSchema;

	HsdsImport(JsonMapper json, Services services, Agencies agencies, AuditLog audit) throws IOException {
		this.json = json;
		this.services = services;
		this.agencies = agencies;
		this.audit = audit;
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		this.serviceSchema = load(registry, "hsds/service.json");
		this.organizationSchema = load(registry, "hsds/organization.json");
	}

	/** @throws InvalidInputException when the document is not JSON, or not an HSDS object or list page */
	Report importDocument(byte[] document) {
		JsonNode root;
		try {
			root = json.readTree(new String(document, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("document", "is not valid JSON")));
		}
		if (root == null || !root.isObject()) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("document",
					"must be an HSDS service, organization or list page (a JSON object)")));
		}
		List<JsonNode> items = new ArrayList<>();
		if (root.has("contents")) {
			if (!root.get("contents").isArray()) {
				throw new InvalidInputException(List.of(new Problems.FieldMessage("contents", "must be an array")));
			}
			root.get("contents").forEach(items::add);
		}
		else {
			items.add(root);
		}
		Map<String, UUID> organizations = new HashMap<>();
		List<RecordResult> results = new ArrayList<>();
		// Organizations first, so services in the same document can name them.
		for (JsonNode item : items) {
			if (isOrganization(item)) {
				RecordResult r = safely("organization", item, () -> importOrganization(item, organizations));
				results.add(r);
				if (r.outcome() != Outcome.REJECTED && item.has("services") && item.get("services").isArray()) {
					for (JsonNode service : item.get("services")) {
						results.add(safely("service", service, () -> importService(service, organizations, UUID.fromString(r.id()))));
					}
				}
			}
		}
		for (JsonNode item : items) {
			if (!isOrganization(item)) {
				results.add(safely("service", item, () -> importService(item, organizations, null)));
			}
		}
		return Report.of(results);
	}

	private static final List<String> SERVICE_ONLY = List.of("status", "organization_id", "organization", "application_process",
			"eligibility_description", "service_areas", "schedules", "service_at_locations", "wait_time", "fees_description");

	/** An organization has services or none of a service's own fields; anything else is checked as a service. */
	private static boolean isOrganization(JsonNode item) {
		return item.isObject() && (item.has("services") || SERVICE_ONLY.stream().noneMatch(item::has));
	}

	/**
	 * A record the database refuses (a value longer than Accord keeps, say) is reported as rejected; its own
	 * transaction has rolled back and the records before it stay imported.
	 */
	private static RecordResult safely(String type, JsonNode item, java.util.function.Supplier<RecordResult> work) {
		try {
			return work.get();
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			return new RecordResult(type, text(item, "id"), text(item, "name"), Outcome.REJECTED,
					List.of("a value is longer than Accord keeps, or breaks one of its rules (for example a phone number over 40 characters)"));
		}
	}

	private RecordResult importOrganization(JsonNode node, Map<String, UUID> organizations) {
		String name = text(node, "name");
		String sourceId = text(node, "id");
		List<String> reasons = schemaErrors(organizationSchema, node);
		if (!reasons.isEmpty()) {
			return new RecordResult("organization", sourceId, name, Outcome.REJECTED, reasons);
		}
		UUID id = uuidOf(sourceId);
		AgencyType type = attributeValues(node, HsdsExport.AGENCY_TYPE).stream()
			.map(v -> enumValue(AgencyType.class, v))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(AgencyType.OTHER);
		Optional<Agency> existing = agencies.find(id).or(() -> agencies.findByName(name));
		Outcome outcome;
		if (existing.isEmpty()) {
			agencies.create(id, name.trim(), type);
			audit.record(AuditEvent.of("IMPORT", "AGENCY", id).detail("created from HSDS"));
			outcome = Outcome.CREATED;
		}
		else if (!existing.get().name().equals(name.trim()) && existing.get().id().equals(id)) {
			if (agencies.findByName(name).filter(a -> !a.id().equals(id)).isPresent()) {
				return new RecordResult("organization", sourceId, name, Outcome.REJECTED,
						List.of("name: another agency is already called " + name));
			}
			agencies.rename(id, existing.get().version(), name.trim());
			audit.record(AuditEvent.of("IMPORT", "AGENCY", id).detail("renamed from HSDS"));
			outcome = Outcome.UPDATED;
		}
		else {
			outcome = Outcome.UNCHANGED;
		}
		UUID agencyId = existing.map(Agency::id).orElse(id);
		organizations.put(sourceId, agencyId);
		return new RecordResult("organization", agencyId.toString(), name, outcome, List.of());
	}

	private RecordResult importService(JsonNode node, Map<String, UUID> organizations, UUID organizationOfParent) {
		String name = text(node, "name");
		String sourceId = text(node, "id");
		List<String> reasons = new ArrayList<>(schemaErrors(serviceSchema, node));
		if (!reasons.isEmpty()) {
			return new RecordResult("service", sourceId, name, Outcome.REJECTED, reasons);
		}
		UUID id = uuidOf(sourceId);
		UUID agencyId = organizationOfParent != null ? organizationOfParent : agencyFor(node, organizations, reasons);
		Optional<Service> existing = services.find(id);
		ServiceDraft draft = reasons.isEmpty() ? draft(node, agencyId, existing, reasons) : null;
		if (!reasons.isEmpty()) {
			return new RecordResult("service", sourceId, name, Outcome.REJECTED, reasons);
		}
		if (existing.isEmpty()) {
			services.create(id, draft);
			audit.record(AuditEvent.of("IMPORT", "SERVICE", id).detail("created from HSDS"));
			return new RecordResult("service", id.toString(), name, Outcome.CREATED, List.of());
		}
		if (normalise(draftOf(existing.get())).equals(normalise(draft))) {
			return new RecordResult("service", id.toString(), name, Outcome.UNCHANGED, List.of());
		}
		services.update(id, existing.get().version(), draft);
		audit.record(AuditEvent.of("IMPORT", "SERVICE", id).detail("updated from HSDS"));
		return new RecordResult("service", id.toString(), name, Outcome.UPDATED, List.of());
	}

	private UUID agencyFor(JsonNode node, Map<String, UUID> organizations, List<String> reasons) {
		String orgId = text(node, "organization_id");
		if (orgId == null && node.has("organization") && node.get("organization").isObject()) {
			orgId = text(node.get("organization"), "id");
		}
		if (orgId != null && organizations.containsKey(orgId)) {
			return organizations.get(orgId);
		}
		if (orgId != null) {
			Optional<Agency> agency = agencies.find(uuidOf(orgId));
			if (agency.isEmpty() && node.has("organization") && node.get("organization").isObject()) {
				agency = agencies.findByName(text(node.get("organization"), "name"));
			}
			if (agency.isPresent()) {
				return agency.get().id();
			}
		}
		reasons.add("organization_id: the organization is not an agency of the partnership and is not in the document");
		return null;
	}

	private ServiceDraft draft(JsonNode n, UUID agencyId, Optional<Service> existing, List<String> reasons) {
		Set<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);
		attributeValues(n, HsdsExport.NEED).forEach(v -> Optional.ofNullable(enumValue(NeedCategory.class, v)).ifPresent(needs::add));
		if (needs.isEmpty()) {
			needs.add(NeedCategory.OTHER);
		}
		Set<ReferralRoute> routes = EnumSet.noneOf(ReferralRoute.class);
		attributeValues(n, HsdsExport.ROUTE).forEach(v -> Optional.ofNullable(enumValue(ReferralRoute.class, v)).ifPresent(routes::add));
		String mainPhone = null;
		String referralPhone = null;
		if (n.has("phones")) {
			for (JsonNode p : n.get("phones")) {
				if (HsdsExport.REFERRAL_PHONE.equals(text(p, "description"))) {
					referralPhone = text(p, "number");
				}
				else if (mainPhone == null) {
					mainPhone = text(p, "number");
				}
			}
		}
		if (routes.isEmpty()) {
			if (mainPhone != null || referralPhone != null) {
				routes.add(ReferralRoute.PHONE);
			}
			if (text(n, "email") != null) {
				routes.add(ReferralRoute.EMAIL);
			}
		}
		if (routes.isEmpty()) {
			reasons.add("application_process: no way to refer is given (a phone, an email or an accord-referral-route attribute)");
		}
		Integer minAge = age(n, "minimum_age", reasons);
		Integer maxAge = age(n, "maximum_age", reasons);
		if (minAge != null && maxAge != null && minAge > maxAge) {
			reasons.add("maximum_age: is less than minimum_age");
		}
		Set<UUID> areaIds = new LinkedHashSet<>();
		List<Area> known = services.areas();
		if (n.has("service_areas")) {
			int i = 0;
			for (JsonNode a : n.get("service_areas")) {
				String areaName = text(a, "name");
				String code = text(a, "description");
				Optional<Area> match = known.stream()
					.filter(k -> k.name().equalsIgnoreCase(String.valueOf(areaName)) || k.code().equalsIgnoreCase(String.valueOf(code)))
					.findFirst();
				if (match.isPresent()) {
					areaIds.add(match.get().id());
				}
				else {
					reasons.add("service_areas[" + i + "].name: '" + areaName + "' is not an area of the partnership");
				}
				i++;
			}
		}
		if (areaIds.isEmpty() && reasons.stream().noneMatch(r -> r.startsWith("service_areas"))) {
			reasons.add("service_areas: name at least one area of the partnership the service covers");
		}
		List<OpeningTime> times = new ArrayList<>();
		String hoursNote = null;
		if (n.has("schedules")) {
			for (JsonNode s : n.get("schedules")) {
				LocalTime opens = time(text(s, "opens_at"));
				LocalTime closes = time(text(s, "closes_at"));
				String byday = text(s, "byday");
				if (opens != null && closes != null && closes.isAfter(opens) && byday != null) {
					for (String d : byday.split(",")) {
						int index = HsdsExport.DAYS.indexOf(d.trim().toUpperCase(Locale.ROOT));
						if (index >= 0) {
							times.add(new OpeningTime(DayOfWeek.of(index + 1), opens, closes));
						}
					}
				}
				else if (text(s, "description") != null && hoursNote == null) {
					hoursNote = text(s, "description");
				}
			}
		}
		boolean confidential = attributeValues(n, HsdsExport.CONFIDENTIAL).contains("true");
		Address address = address(n);
		if (address == null && existing.isPresent() && existing.get().addressConfidential()) {
			// Exports never carry a confidential address: re-importing one must not erase it.
			address = existing.get().address();
			confidential = true;
		}
		GenderServed gender = attributeValues(n, HsdsExport.GENDER).stream().map(v -> enumValue(GenderServed.class, v))
			.filter(java.util.Objects::nonNull).findFirst().orElse(GenderServed.ANY);
		boolean children = attributeValues(n, HsdsExport.CHILDREN).contains("true");
		List<String> languages = new ArrayList<>();
		if (n.has("languages")) {
			n.get("languages").forEach(l -> Optional.ofNullable(text(l, "name")).ifPresent(languages::add));
		}
		LocalDate verified = null;
		try {
			verified = text(n, "assured_date") == null ? existing.map(Service::lastVerifiedOn).orElse(null) : LocalDate.parse(text(n, "assured_date"));
		}
		catch (DateTimeParseException ex) {
			reasons.add("assured_date: must be a date like 2026-04-01");
		}
		String name = text(n, "name").trim();
		if (name.isEmpty() || name.length() > 200) {
			reasons.add("name: must be 1 to 200 characters");
		}
		return new ServiceDraft(agencyId, name, text(n, "description"), needs, text(n, "eligibility_description"), minAge, maxAge,
				gender, children, routes, text(n, "application_process"), referralPhone,
				attributeValues(n, HsdsExport.REFERRAL_EMAIL).stream().findFirst().orElse(null), waitingDays(text(n, "wait_time")),
				hoursNote, languages, attributeValues(n, HsdsExport.ACCESSIBILITY).stream().findFirst().orElse(null),
				text(n, "fees_description"), mainPhone, text(n, "email"), text(n, "url"), address, confidential,
				text(n, "alert"), !"inactive".equals(text(n, "status")) && !"defunct".equals(text(n, "status")),
				existing.map(Service::ownerUserId).orElse(null), verified, areaIds, times);
	}

	private static Address address(JsonNode n) {
		if (!n.has("service_at_locations")) {
			return null;
		}
		for (JsonNode at : n.get("service_at_locations")) {
			JsonNode location = at.get("location");
			if (location != null && location.has("addresses")) {
				for (JsonNode a : location.get("addresses")) {
					if (!"postal".equals(text(a, "address_type"))) {
						Address address = new Address(blankToNull(text(a, "address_1")), blankToNull(text(a, "address_2")),
								blankToNull(text(a, "city")), blankToNull(text(a, "postal_code")));
						return address.isEmpty() ? null : address;
					}
				}
			}
		}
		return null;
	}

	/** The draft an existing service would export as, for telling "unchanged" from "updated". */
	private static ServiceDraft draftOf(Service s) {
		return new ServiceDraft(s.agencyId(), s.name(), s.description(), s.needs(), s.referralCriteria(), s.minAge(), s.maxAge(),
				s.genderServed(), s.acceptsChildren(), s.referralRoutes(), s.howToRefer(), s.referralPhone(), s.referralEmail(),
				s.waitingTimeDays(), s.openingHoursNote(), s.languages(), s.accessibility(), s.cost(), s.phone(), s.email(),
				s.website(), s.address(), s.addressConfidential(), s.safetyConstraints(), s.active(), s.ownerUserId(),
				s.lastVerifiedOn(), Set.copyOf(s.areas().stream().map(Area::id).toList()), s.openingTimes());
	}

	private static ServiceDraft normalise(ServiceDraft d) {
		Address address = d.address() == null || d.address().isEmpty() ? null : d.address();
		List<OpeningTime> times = d.openingTimes().stream()
			.sorted(Comparator.comparing(OpeningTime::day).thenComparing(OpeningTime::opens))
			.toList();
		return new ServiceDraft(d.agencyId(), d.name(), d.description() == null ? "" : d.description(), Set.copyOf(d.needs()),
				d.referralCriteria(), d.minAge(), d.maxAge(), d.genderServed(), d.acceptsChildren(), Set.copyOf(d.referralRoutes()),
				d.howToRefer(), d.referralPhone(), d.referralEmail(), d.waitingTimeDays(), d.openingHoursNote(), List.copyOf(d.languages()),
				d.accessibility(), d.cost(), d.phone(), d.email(), d.website(), address, d.addressConfidential(),
				d.safetyConstraints(), d.active(), null, d.lastVerifiedOn(), Set.copyOf(d.areaIds()), times);
	}

	private List<String> schemaErrors(Schema schema, JsonNode node) {
		if (!node.isObject()) {
			return List.of("record: must be a JSON object");
		}
		return schema.validate(node).stream()
			.map(e -> {
				String where = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
				String field = where.replaceFirst("^\\$\\.?", "").replaceFirst("^/", "").replace('/', '.');
				return (field.isEmpty() ? "" : field + ": ") + e.getMessage();
			})
			.distinct()
			.limit(20)
			.toList();
	}

	private static Integer age(JsonNode n, String field, List<String> reasons) {
		JsonNode v = n.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		double d = v.asDouble();
		if (d < 0 || d > 120 || d != Math.floor(d)) {
			reasons.add(field + ": must be a whole number of years from 0 to 120");
			return null;
		}
		return (int) d;
	}

	private static Integer waitingDays(String waitTime) {
		if (waitTime == null) {
			return null;
		}
		Matcher m = DAYS.matcher(waitTime);
		return m.find() && waitTime.toLowerCase(Locale.ROOT).contains("day") ? Integer.valueOf(m.group(1)) : null;
	}

	private static LocalTime time(String value) {
		if (value == null) {
			return null;
		}
		try {
			String v = value.trim();
			return LocalTime.parse(v.length() == 4 ? "0" + v : v.replaceFirst("Z$", ""));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static List<String> attributeValues(JsonNode n, String taxonomy) {
		List<String> values = new ArrayList<>();
		if (n.has("attributes") && n.get("attributes").isArray()) {
			for (JsonNode a : n.get("attributes")) {
				JsonNode term = a.get("taxonomy_term");
				if (term != null && taxonomy.equals(text(term, "taxonomy")) && text(a, "value") != null) {
					values.add(text(a, "value"));
				}
			}
		}
		return values;
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}

	/** Keeps a UUID id as it is; any other id maps to the same UUID every time, so re-imports find the record. */
	static UUID uuidOf(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return UUID.nameUUIDFromBytes(("hsds:" + id).getBytes(StandardCharsets.UTF_8));
		}
	}

	private static String text(JsonNode n, String field) {
		JsonNode v = n == null ? null : n.get(field);
		return v == null || v.isNull() || !v.isValueNode() ? null : v.asString();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static Schema load(SchemaRegistry registry, String resource) throws IOException {
		try (InputStream in = HsdsImport.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("Missing " + resource);
			}
			return registry.getSchema(in);
		}
	}

}
