package org.accord.people;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.accord.sharing.InformationCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One calendar per person across agencies. It holds the appointments; whoever shows them filters them
 * by the access policy's decision.
 */
@Component
public class Appointments {

	private final JdbcClient jdbc;

	private final PeopleSettings settings;

	private final People people;

	private final org.accord.audit.AuditLog audit;

	Appointments(JdbcClient jdbc, PeopleSettings settings, People people, org.accord.audit.AuditLog audit) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.people = people;
		this.audit = audit;
	}

	/** What a user books: the start is local time in the partnership's zone. */
	public record NewAppointment(java.time.LocalDateTime startsAt, int minutes, String withWhom, String purpose,
			String location, InformationCategory category) {
	}

	/**
	 * Books an appointment by the user's agency, which must work with the person now. Without a category it
	 * takes that of the agency's involvement, so the mental health team's appointments reveal nothing to
	 * those who may not know of it. {@code warnings} are what the user was shown and went ahead despite.
	 */
	@org.springframework.transaction.annotation.Transactional
	public Appointment add(org.accord.sharing.PersonAccess access, NewAppointment a, List<String> warnings) {
		access.requireWrite();
		InformationCategory category = a.category() != null ? a.category()
				: people.involvementCategory(access.agencyId(), access.personId());
		checkStart(a.startsAt());
		if (!access.canSee(category, access.agencyId()) || category == InformationCategory.CONFIDENTIAL_LOCATION) {
			throw new org.accord.platform.web.InvalidInputException(
					List.of(new org.accord.platform.web.Problems.FieldMessage("category",
							"you may not record information of this category")));
		}
		Instant start = a.startsAt().atZone(settings.zone()).toInstant();
		String location = a.location() == null || a.location().isBlank() ? null : a.location().trim();
		UUID id = create(new Appointment.Draft(access.personId(), start, a.minutes(), access.agencyId(), a.withWhom().trim(),
				a.purpose().trim(), location, category, access.user().userId()));
		audit.record(org.accord.audit.AuditEvent.of("CREATE", "APPOINTMENT", id).person(access.personId())
			.detail(warnings.isEmpty() ? "no warnings" : "made despite " + warnings.size() + " warnings"));
		return new Appointment(id, access.personId(), start, a.minutes(), access.agencyId(), access.user().agencyName(),
				a.withWhom().trim(), a.purpose().trim(), location, category);
	}

	/** Refuses, naming the field, a start outside the years an appointment can sensibly have. */
	public static void checkStart(java.time.LocalDateTime startsAt) {
		if (startsAt.getYear() < 2000 || startsAt.getYear() > 2100) {
			throw new org.accord.platform.web.InvalidInputException(
					List.of(new org.accord.platform.web.Problems.FieldMessage("startsAt",
							"must be a date between 2000 and 2100")));
		}
	}

	/** The category a new appointment of the user's agency takes unless they choose another. */
	public InformationCategory defaultCategory(org.accord.sharing.PersonAccess access) {
		return people.involvementCategory(access.agencyId(), access.personId());
	}

	public UUID create(Appointment.Draft d) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into appointment (id, person_id, starts_at, minutes, agency_id, with_whom, purpose, location, category,
				  created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, d.personId(), Timestamp.from(d.startsAt()), d.minutes(), d.agencyId(), d.withWhom(), d.purpose(),
					d.location(), d.category().name(), d.createdBy())
			.update();
		return id;
	}

	/** The appointments that start in [from, to), earliest first, as stored. */
	public List<Appointment> between(UUID personId, Instant from, Instant to) {
		return jdbc.sql("""
				select p.id, p.person_id, p.starts_at, p.minutes, p.agency_id, a.name as agency_name, p.with_whom,
				  p.purpose, p.location, p.category
				from appointment p join agency a on a.id = p.agency_id
				where p.person_id in """ + People.FAMILY + """
				  and p.starts_at >= :from and p.starts_at < :to order by p.starts_at, a.name""")
			.param("p", personId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> new Appointment(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"), rs.getObject("agency_id", UUID.class),
					rs.getString("agency_name"), rs.getString("with_whom"), rs.getString("purpose"), rs.getString("location"),
					InformationCategory.valueOf(rs.getString("category"))))
			.list();
	}

	/** The Monday of the week that holds the day, in the partnership's time zone. */
	public LocalDate mondayOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The week from that Monday, with only the appointments the caller passes in kept. */
	public AppointmentWeek week(LocalDate monday, List<Appointment> visible) {
		return new AppointmentWeek(monday, visible, settings.appointmentsPerWeek());
	}

	public Instant startOf(LocalDate day) {
		return day.atStartOfDay(settings.zone()).toInstant();
	}

	public java.time.ZoneId zone() {
		return settings.zone();
	}

}
