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

	Appointments(JdbcClient jdbc, PeopleSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	public UUID create(Appointment.Draft d) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into appointment (id, person_id, starts_at, minutes, agency_id, with_whom, purpose, location, category, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, d.personId(), Timestamp.from(d.startsAt()), d.minutes(), d.agencyId(), d.withWhom(), d.purpose(), d.location(),
					d.category().name(), d.createdBy())
			.update();
		return id;
	}

	/** The appointments that start in [from, to), earliest first, as stored. */
	public List<Appointment> between(UUID personId, Instant from, Instant to) {
		return jdbc.sql("""
				select p.id, p.person_id, p.starts_at, p.minutes, p.agency_id, a.name, p.with_whom, p.purpose, p.location, p.category
				from appointment p join agency a on a.id = p.agency_id
				where p.person_id in """ + People.FAMILY + """
				  and p.starts_at >= :from and p.starts_at < :to order by p.starts_at, a.name""")
			.param("p", personId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> new Appointment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
					rs.getInt(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					InformationCategory.valueOf(rs.getString(10))))
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
