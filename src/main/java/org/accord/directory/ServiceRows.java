package org.accord.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service as its rows hold it: the service row, joined to its agency for the name, then its areas and opening
 * times, read for a whole list at once so a page of results costs three queries, not one per service.
 */
final class ServiceRows {

	/** The columns {@link #map} reads, from {@code service s join agency a}. */
	static final String COLUMNS = """
			s.id, s.agency_id, a.name as agency_name, s.name, s.description, s.needs, s.referral_criteria, s.min_age,
			s.max_age, s.gender_served, s.accepts_children, s.referral_routes, s.how_to_refer, s.referral_phone,
			s.referral_email, s.waiting_time_days, s.opening_hours_note, s.languages, s.accessibility, s.cost, s.phone,
			s.email, s.website, s.address_line1, s.address_line2, s.town, s.postcode, s.address_confidential,
			s.safety_constraints, s.status, s.capacity, s.capacity_on, s.owner_user_id, s.last_verified_on, s.updated_at,
			s.version""";

	static final String SELECT = "select " + COLUMNS + " from service s join agency a on a.id = s.agency_id";

	private ServiceRows() {
	}

	/** The services with their areas and opening times, in the order given. */
	static List<Service> complete(JdbcClient jdbc, List<Service> services) {
		if (services.isEmpty()) {
			return services;
		}
		UUID[] ids = services.stream().map(Service::id).toArray(UUID[]::new);
		Map<UUID, List<Area>> areas = new LinkedHashMap<>();
		jdbc.sql("select sa.service_id, ar.id as area_id, ar.code, ar.name from service_area sa join area ar "
				+ "on ar.id = sa.area_id " + "where sa.service_id = any(?) order by ar.name")
			.param(ids)
			.query((ResultSet rs) -> {
				areas.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
					.add(new Area(rs.getObject("area_id", UUID.class), rs.getString("code"), rs.getString("name")));
			});
		Map<UUID, List<OpeningTime>> times = new LinkedHashMap<>();
		jdbc.sql("select service_id, day_of_week, opens_at, closes_at from service_schedule where service_id = any(?) "
				+ "order by day_of_week, opens_at")
			.param(ids)
			.query((ResultSet rs) -> {
				times.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
					.add(new OpeningTime(DayOfWeek.of(rs.getInt("day_of_week")), rs.getObject("opens_at", LocalTime.class),
							rs.getObject("closes_at", LocalTime.class)));
			});
		return services.stream()
			.map(s -> new Service(s.id(), s.agencyId(), s.agencyName(), s.name(), s.description(),
					s.needs(), s.referralCriteria(), s.minAge(), s.maxAge(), s.genderServed(), s.acceptsChildren(),
					s.referralRoutes(), s.howToRefer(), s.referralPhone(), s.referralEmail(), s.waitingTimeDays(),
					s.openingHoursNote(), s.languages(), s.accessibility(), s.cost(), s.phone(), s.email(), s.website(),
					s.address(), s.addressConfidential(), false, s.safetyConstraints(), s.active(), s.capacity(),
					s.capacityOn(), s.ownerUserId(),
					s.lastVerifiedOn(), areas.getOrDefault(s.id(), List.of()), times.getOrDefault(s.id(), List.of()),
					s.updatedAt(), s.version()))
			.toList();
	}

	/** The service row alone; {@link #complete} adds its areas and opening times. */
	static Service map(ResultSet rs, int row) throws SQLException {
		Integer minAge = (Integer) rs.getObject("min_age");
		Integer maxAge = (Integer) rs.getObject("max_age");
		Integer waiting = (Integer) rs.getObject("waiting_time_days");
		Address address = new Address(rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("town"),
				rs.getString("postcode"));
		return new Service(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getString("agency_name"), rs.getString("name"), rs.getString("description"),
				enums(rs.getArray("needs"), NeedCategory.class), rs.getString("referral_criteria"), minAge, maxAge,
				GenderServed.valueOf(rs.getString("gender_served")), rs.getBoolean("accepts_children"),
				enums(rs.getArray("referral_routes"), ReferralRoute.class), rs.getString("how_to_refer"),
				rs.getString("referral_phone"), rs.getString("referral_email"), waiting, rs.getString("opening_hours_note"),
				strings(rs.getArray("languages")), rs.getString("accessibility"), rs.getString("cost"), rs.getString("phone"),
				rs.getString("email"), rs.getString("website"), address.isEmpty() ? null : address,
				rs.getBoolean("address_confidential"), false, rs.getString("safety_constraints"),
				"ACTIVE".equals(rs.getString("status")),
				rs.getString("capacity") == null ? null : Capacity.valueOf(rs.getString("capacity")),
				rs.getObject("capacity_on", LocalDate.class), rs.getObject("owner_user_id", UUID.class),
				rs.getObject("last_verified_on", LocalDate.class), List.of(), List.of(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		Set<E> set = EnumSet.noneOf(type);
		for (String s : strings(array)) {
			set.add(Enum.valueOf(type, s));
		}
		return set;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
