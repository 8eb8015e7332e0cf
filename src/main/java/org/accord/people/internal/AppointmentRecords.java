package org.accord.people.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.people.Appointment;
import org.accord.people.Appointments;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appointments, past and future; one that reveals a confidential location names its holder only. */
@Component
class AppointmentRecords implements PersonRecords {

	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

	private final Appointments appointments;

	private final JdbcClient jdbc;

	AppointmentRecords(Appointments appointments, JdbcClient jdbc) {
		this.appointments = appointments;
		this.jdbc = jdbc;
	}

	@Override
	public String title() {
		return "Appointments";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return appointments.between(personId, EARLIEST, LATEST).stream().map(a -> item(a, others)).toList();
	}

	private static Item item(Appointment a, OtherPeople others) {
		if (a.category() == InformationCategory.CONFIDENTIAL_LOCATION) {
			return ConfidentialLocationRecords.held(a.agencyName(),
					a.startsAt().atZone(HeldDates.ZONE).toLocalDate().toString());
		}
		String names = others.mentionedIn(a.withWhom() + " " + a.purpose());
		return Item.forReview(a.category(), a.agencyName(),
				a.startsAt().atZone(HeldDates.ZONE).toLocalDateTime().toString().replace('T', ' '),
				a.withWhom() + ": " + a.purpose() + (a.location() == null ? "" : ", " + a.location()),
				names == null ? null : "Names another person (" + names + ")");
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		for (InformationCategory category : expired) {
			List<String> ids = jdbc.sql("select id::text from appointment where person_id = ? and category = ?")
				.params(personId, category.name())
				.query((rs, n) -> rs.getString("id"))
				.list();
			for (String id : ids) {
				jdbc.sql("delete from appointment where id = cast(? as uuid)").param(id).update();
				removals.removed(personId, "APPOINTMENT", id, category);
			}
		}
	}

}
