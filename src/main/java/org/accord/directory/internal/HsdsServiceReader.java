package org.accord.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.directory.Address;
import org.accord.directory.Area;
import org.accord.directory.GenderServed;
import org.accord.directory.NeedCategory;
import org.accord.directory.OpeningTime;
import org.accord.directory.ReferralRoute;
import org.accord.directory.Service;
import org.accord.directory.ServiceDraft;
import org.accord.directory.Services;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import static org.accord.directory.internal.HsdsJson.array;
import static org.accord.directory.internal.HsdsJson.attributeValues;
import static org.accord.directory.internal.HsdsJson.blankToNull;
import static org.accord.directory.internal.HsdsJson.enumValue;
import static org.accord.directory.internal.HsdsJson.text;
import static org.accord.directory.internal.HsdsJson.time;

/**
 * An HSDS service as the draft of an Accord service. What HSDS has no field for comes from the Accord
 * attributes {@link HsdsExport} writes, so an export reads back as the service it came from.
 */
@Component
class HsdsServiceReader {

	/** The service's own fields the reader uses; last_modified is Accord's own write time, so not a loss. */
	static final Set<String> READ = Set.of("id", "organization_id", "organization", "name", "description", "url", "email",
			"status", "application_process", "fees_description", "wait_time", "eligibility_description", "minimum_age",
			"maximum_age", "assured_date", "alert", "last_modified", "phones", "schedules", "service_areas",
			"service_at_locations", "languages", "attributes");

	private static final Pattern DAYS = Pattern.compile("(\\d+)");

	private final Services services;

	HsdsServiceReader(Services services) {
		this.services = services;
	}

	ServiceDraft read(JsonNode n, UUID agencyId, Optional<Service> existing, List<String> reasons, List<String> notes) {
		Set<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);
		attributeValues(n, HsdsExport.NEED)
			.forEach(v -> Optional.ofNullable(enumValue(NeedCategory.class, v)).ifPresent(needs::add));
		if (needs.isEmpty()) {
			needs.add(NeedCategory.OTHER);
		}
		String mainPhone = null;
		String referralPhone = null;
		for (JsonNode p : array(n, "phones")) {
			if (HsdsExport.REFERRAL_PHONE.equals(text(p, "description"))) {
				referralPhone = text(p, "number");
			}
			else if (mainPhone == null) {
				mainPhone = text(p, "number");
			}
		}
		Set<ReferralRoute> routes = routes(n, mainPhone != null || referralPhone != null, reasons);
		Integer minAge = age(n, "minimum_age", reasons);
		Integer maxAge = age(n, "maximum_age", reasons);
		if (minAge != null && maxAge != null && minAge > maxAge) {
			reasons.add("maximum_age: is less than minimum_age");
		}
		Set<UUID> areaIds = areas(n, reasons);
		List<OpeningTime> times = new ArrayList<>();
		String hoursNote = openingTimes(n, times);
		boolean confidential = attributeValues(n, HsdsExport.CONFIDENTIAL).contains("true");
		Address address = address(n, notes);
		if (address == null && existing.isPresent() && existing.get().addressConfidential()) {
			// Exports never carry a confidential address: re-importing one must not erase it.
			address = existing.get().address();
			confidential = true;
		}
		GenderServed gender = attributeValues(n, HsdsExport.GENDER).stream().map(v -> enumValue(GenderServed.class, v))
			.filter(Objects::nonNull).findFirst().orElse(GenderServed.ANY);
		boolean children = attributeValues(n, HsdsExport.CHILDREN).contains("true");
		List<String> languages = new ArrayList<>();
		array(n, "languages").forEach(l -> Optional.ofNullable(text(l, "name")).ifPresent(languages::add));
		LocalDate verified = null;
		try {
			verified = text(n, "assured_date") == null ? existing.map(Service::lastVerifiedOn).orElse(null)
					: LocalDate.parse(text(n, "assured_date"));
		}
		catch (DateTimeParseException ex) {
			reasons.add("assured_date: must be a date like 2026-04-01");
		}
		String name = text(n, "name").trim();
		if (name.isEmpty() || name.length() > 200) {
			reasons.add("name: must be 1 to 200 characters");
		}
		return new ServiceDraft(agencyId, name, text(n, "description"), needs, text(n, "eligibility_description"), minAge,
				maxAge, gender, children, routes, text(n, "application_process"), referralPhone,
				attributeValues(n, HsdsExport.REFERRAL_EMAIL).stream().findFirst().orElse(null), waitingDays(text(n, "wait_time")),
				hoursNote, languages, attributeValues(n, HsdsExport.ACCESSIBILITY).stream().findFirst().orElse(null),
				text(n, "fees_description"), mainPhone, text(n, "email"), text(n, "url"), address, confidential,
				text(n, "alert"), !"inactive".equals(text(n, "status")) && !"defunct".equals(text(n, "status")),
				existing.map(Service::ownerUserId).orElse(null), verified, areaIds, times);
	}

	private static Set<ReferralRoute> routes(JsonNode n, boolean hasPhone, List<String> reasons) {
		Set<ReferralRoute> routes = EnumSet.noneOf(ReferralRoute.class);
		attributeValues(n, HsdsExport.ROUTE)
			.forEach(v -> Optional.ofNullable(enumValue(ReferralRoute.class, v)).ifPresent(routes::add));
		if (routes.isEmpty()) {
			if (hasPhone) {
				routes.add(ReferralRoute.PHONE);
			}
			if (text(n, "email") != null) {
				routes.add(ReferralRoute.EMAIL);
			}
		}
		if (routes.isEmpty()) {
			reasons.add("application_process: no way to refer is given (a phone, an email or an "
					+ "accord-referral-route attribute)");
		}
		return routes;
	}

	/**
	 * An area of the partnership named exactly (as Accord exports it), or else mentioned by name in an HSDS
	 * service area, which other publishers write as a sentence ("all residents of the MyCity area").
	 */
	private Set<UUID> areas(JsonNode n, List<String> reasons) {
		Set<UUID> areaIds = new LinkedHashSet<>();
		List<Area> known = services.areas();
		int i = 0;
		for (JsonNode a : array(n, "service_areas")) {
			String areaName = text(a, "name");
			String code = text(a, "description");
			List<Area> match = known.stream()
				.filter(k -> k.name().equalsIgnoreCase(String.valueOf(areaName)) || k.code().equalsIgnoreCase(String.valueOf(code)))
				.toList();
			if (match.isEmpty()) {
				match = known.stream().filter(k -> mentions(areaName, k.name()) || mentions(code, k.name())).toList();
			}
			if (match.isEmpty()) {
				reasons.add("service_areas[" + i + "].name: '" + areaName + "' is not an area of the partnership");
			}
			match.forEach(k -> areaIds.add(k.id()));
			i++;
		}
		if (areaIds.isEmpty() && reasons.stream().noneMatch(r -> r.startsWith("service_areas"))) {
			reasons.add("service_areas: name at least one area of the partnership the service covers");
		}
		return areaIds;
	}

	private static boolean mentions(String text, String areaName) {
		return text != null && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(areaName) + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
	}

	/**
	 * Weekly opening times into {@code times}; returns the first schedule that is only words, as the opening
	 * hours note. A service without schedules of its own is open when its locations are.
	 */
	private static String openingTimes(JsonNode n, List<OpeningTime> times) {
		List<JsonNode> schedules = array(n, "schedules");
		if (schedules.isEmpty()) {
			array(n, "service_at_locations").forEach(at -> schedules.addAll(array(at, "schedules")));
		}
		String hoursNote = null;
		for (JsonNode s : schedules) {
			LocalTime opens = time(text(s, "opens_at"));
			LocalTime closes = time(text(s, "closes_at"));
			String byday = text(s, "byday");
			if (opens != null && closes != null && closes.isAfter(opens) && byday != null) {
				for (String d : byday.split(",")) {
					int index = HsdsExport.DAYS.indexOf(d.trim().toUpperCase(Locale.ROOT));
					OpeningTime time = index < 0 ? null : new OpeningTime(DayOfWeek.of(index + 1), opens, closes);
					if (time != null && !times.contains(time)) {
						times.add(time);
					}
				}
			}
			else if (text(s, "description") != null && hoursNote == null) {
				hoursNote = text(s, "description");
			}
		}
		return hoursNote;
	}

	/**
	 * The first physical address of the service's locations. A postal address is where letters go, not
	 * where people come, and Accord exports its address as physical, so a postal one is not taken for it.
	 */
	private static Address address(JsonNode n, List<String> notes) {
		boolean postalOnly = false;
		for (JsonNode at : array(n, "service_at_locations")) {
			for (JsonNode a : array(at.get("location"), "addresses")) {
				if ("postal".equals(text(a, "address_type"))) {
					postalOnly = true;
					continue;
				}
				Address address = new Address(blankToNull(text(a, "address_1")), blankToNull(text(a, "address_2")),
						blankToNull(text(a, "city")), blankToNull(text(a, "postal_code")));
				return address.isEmpty() ? null : address;
			}
		}
		if (postalOnly) {
			notes.add("service_at_locations: only a postal address is given, which is not where the service is; "
					+ "no address kept");
		}
		return null;
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

}
