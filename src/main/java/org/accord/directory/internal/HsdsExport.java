package org.accord.directory.internal;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.accord.directory.Area;
import org.accord.directory.NeedCategory;
import org.accord.directory.OpeningTime;
import org.accord.directory.ReferralRoute;
import org.accord.directory.Service;
import org.accord.identity.Agency;

import org.springframework.stereotype.Component;

/**
 * Services and agencies as Open Referral HSDS 3.0 documents. What HSDS has no field for (needs, referral
 * routes, who a service is for) travels as attributes of Accord taxonomies, so an export imports back
 * unchanged. A confidential address is never exported: such a service has no location at all.
 */
@Component
class HsdsExport {

	static final String NEED = "accord-need";

	static final String ROUTE = "accord-referral-route";

	static final String GENDER = "accord-gender-served";

	static final String CHILDREN = "accord-accepts-children";

	static final String ACCESSIBILITY = "accord-accessibility";

	static final String REFERRAL_EMAIL = "accord-referral-email";

	static final String CONFIDENTIAL = "accord-address-confidential";

	static final String AGENCY_TYPE = "accord-agency-type";

	static final String MAIN_PHONE = "Main";

	static final String REFERRAL_PHONE = "Referrals";

	static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

	Map<String, Object> service(Service s, Agency organization) {
		Service safe = s.withoutConfidentialAddress();
		Map<String, Object> m = listItem(safe);
		List<Object> phones = new ArrayList<>();
		if (safe.phone() != null) {
			phones.add(phone(safe.id(), safe.phone(), MAIN_PHONE));
		}
		if (safe.referralPhone() != null) {
			phones.add(phone(safe.id(), safe.referralPhone(), REFERRAL_PHONE));
		}
		m.put("phones", phones);
		List<Object> schedules = new ArrayList<>();
		for (OpeningTime t : safe.openingTimes()) {
			Map<String, Object> sch = new LinkedHashMap<>();
			sch.put("id", id(safe.id(), "schedule", t.day().name(), t.opens().toString()));
			sch.put("service_id", safe.id().toString());
			sch.put("freq", "WEEKLY");
			sch.put("byday", DAYS.get(t.day().getValue() - 1));
			sch.put("opens_at", t.opens().toString());
			sch.put("closes_at", t.closes().toString());
			schedules.add(sch);
		}
		if (safe.openingHoursNote() != null) {
			Map<String, Object> note = new LinkedHashMap<>();
			note.put("id", id(safe.id(), "schedule-note"));
			note.put("service_id", safe.id().toString());
			note.put("description", safe.openingHoursNote());
			schedules.add(note);
		}
		m.put("schedules", schedules);
		List<Object> areas = new ArrayList<>();
		for (Area a : safe.areas()) {
			Map<String, Object> area = new LinkedHashMap<>();
			area.put("id", id(safe.id(), "area", a.id().toString()));
			area.put("service_id", safe.id().toString());
			area.put("name", a.name());
			area.put("description", a.code());
			areas.add(area);
		}
		m.put("service_areas", areas);
		List<Object> languages = new ArrayList<>();
		for (String language : safe.languages()) {
			Map<String, Object> l = new LinkedHashMap<>();
			l.put("id", id(safe.id(), "language", language));
			l.put("service_id", safe.id().toString());
			l.put("name", language);
			languages.add(l);
		}
		m.put("languages", languages);
		List<Object> attributes = new ArrayList<>();
		for (NeedCategory need : safe.needs()) {
			attributes.add(attribute(safe.id(), NEED, need.name(), need.label()));
		}
		for (ReferralRoute route : safe.referralRoutes()) {
			attributes.add(attribute(safe.id(), ROUTE, route.name(), route.label()));
		}
		attributes.add(attribute(safe.id(), GENDER, safe.genderServed().name(), safe.genderServed().label()));
		attributes.add(attribute(safe.id(), CHILDREN, String.valueOf(safe.acceptsChildren()),
				"Children can come with their parent"));
		if (safe.accessibility() != null) {
			attributes.add(attribute(safe.id(), ACCESSIBILITY, safe.accessibility(), "Access"));
		}
		if (safe.referralEmail() != null) {
			attributes.add(attribute(safe.id(), REFERRAL_EMAIL, safe.referralEmail(), "Referral email"));
		}
		if (safe.addressConfidential()) {
			attributes.add(attribute(safe.id(), CONFIDENTIAL, "true", "Confidential address: contact the service"));
		}
		m.put("attributes", attributes);
		List<Object> locations = new ArrayList<>();
		if (!safe.addressConfidential() && safe.address() != null) {
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("id", id(safe.id(), "address"));
			address.put("location_id", id(safe.id(), "location"));
			address.put("address_1", nullToEmpty(safe.address().line1()));
			if (safe.address().line2() != null) {
				address.put("address_2", safe.address().line2());
			}
			address.put("city", nullToEmpty(safe.address().town()));
			address.put("state_province", "");
			address.put("postal_code", nullToEmpty(safe.address().postcode()));
			address.put("country", "GB");
			address.put("address_type", "physical");
			Map<String, Object> location = new LinkedHashMap<>();
			location.put("id", id(safe.id(), "location"));
			location.put("location_type", "physical");
			location.put("name", safe.name());
			location.put("addresses", List.of(address));
			Map<String, Object> at = new LinkedHashMap<>();
			at.put("id", id(safe.id(), "service-at-location"));
			at.put("service_id", safe.id().toString());
			at.put("location_id", id(safe.id(), "location"));
			at.put("location", location);
			locations.add(at);
		}
		m.put("service_at_locations", locations);
		if (organization != null) {
			m.put("organization", organizationItem(organization));
		}
		return m;
	}

	/** The service's own fields, as on a list page. */
	Map<String, Object> listItem(Service s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", s.id().toString());
		m.put("organization_id", s.agencyId().toString());
		m.put("name", s.name());
		if (s.description() != null && !s.description().isBlank()) {
			m.put("description", s.description());
		}
		if (s.website() != null) {
			m.put("url", s.website());
		}
		if (s.email() != null) {
			m.put("email", s.email());
		}
		m.put("status", s.active() ? "active" : "inactive");
		if (s.howToRefer() != null) {
			m.put("application_process", s.howToRefer());
		}
		if (s.cost() != null) {
			m.put("fees_description", s.cost());
		}
		if (s.waitingTimeDays() != null) {
			m.put("wait_time", s.waitingTimeDays() + " days");
		}
		if (s.referralCriteria() != null) {
			m.put("eligibility_description", s.referralCriteria());
		}
		if (s.minAge() != null) {
			m.put("minimum_age", s.minAge());
		}
		if (s.maxAge() != null) {
			m.put("maximum_age", s.maxAge());
		}
		m.put("assured_date", s.lastVerifiedOn().toString());
		if (s.safetyConstraints() != null) {
			m.put("alert", s.safetyConstraints());
		}
		m.put("last_modified",
				DateTimeFormatter.ISO_INSTANT.format(s.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
		return m;
	}

	Map<String, Object> organization(Agency agency, List<Service> services) {
		Map<String, Object> m = organizationItem(agency);
		m.put("attributes", List.of(attribute(agency.id(), AGENCY_TYPE, agency.type().name(), agency.type().label())));
		m.put("services", services.stream().map(s -> service(s, null)).toList());
		return m;
	}

	Map<String, Object> organizationItem(Agency agency) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", agency.id().toString());
		m.put("name", agency.name());
		m.put("description", agency.type().label());
		return m;
	}

	static Map<String, Object> page(List<?> contents, long total, int pageNumber, int size) {
		long pages = Math.max(1, (total + size - 1) / size);
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("total_items", total);
		m.put("total_pages", pages);
		m.put("page_number", pageNumber);
		m.put("size", contents.size());
		m.put("first_page", pageNumber == 1);
		m.put("last_page", pageNumber >= pages);
		m.put("empty", contents.isEmpty());
		m.put("contents", contents);
		return m;
	}

	private static Map<String, Object> phone(UUID service, String number, String description) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", id(service, "phone", description));
		m.put("service_id", service.toString());
		m.put("number", number);
		m.put("type", "voice");
		m.put("description", description);
		return m;
	}

	private static Map<String, Object> attribute(UUID owner, String taxonomy, String value, String label) {
		boolean coded = !ACCESSIBILITY.equals(taxonomy) && !REFERRAL_EMAIL.equals(taxonomy);
		String code = coded ? value : taxonomy;
		Map<String, Object> term = new LinkedHashMap<>();
		term.put("id", uuid("term", taxonomy, code));
		term.put("code", code);
		term.put("name", label);
		term.put("description", label);
		term.put("taxonomy", taxonomy);
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", id(owner, "attribute", taxonomy, code));
		m.put("link_id", owner.toString());
		m.put("link_type", "service");
		m.put("link_entity", AGENCY_TYPE.equals(taxonomy) ? "organization" : "service");
		m.put("taxonomy_term_id", term.get("id"));
		m.put("value", value);
		m.put("taxonomy_term", term);
		return m;
	}

	static String id(UUID owner, String... parts) {
		return uuid(owner.toString(), String.join("|", parts));
	}

	static String uuid(String... parts) {
		return UUID.nameUUIDFromBytes(String.join("|", parts).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
