package org.accord.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.accord.people.Appointment;
import org.accord.people.AppointmentWeek;
import org.accord.people.Appointments;
import org.accord.sharing.AccessDecision;

/** What the appointment pages and the API share: the visible week and the warnings about a new appointment. */
final class Calendars {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

	private Calendars() {
	}

	/** The week from {@code monday}, holding only the appointments the decision lets the user see. */
	static AppointmentWeek week(Appointments appointments, UUID personId, LocalDate monday, AccessDecision decision) {
		List<Appointment> visible = appointments.between(personId, appointments.startOf(monday),
				appointments.startOf(monday.plusDays(7)))
			.stream()
			.filter(a -> decision.canSee(a.category(), a.agencyId()))
			.toList();
		return appointments.week(monday, visible);
	}

	/** Clashes with the new appointment, and too many in its week, in words a practitioner can act on. */
	static List<String> warnings(Appointments appointments, AppointmentWeek week, Appointment added) {
		List<String> warnings = new ArrayList<>();
		for (Appointment other : week.appointments()) {
			if (added.overlaps(other)) {
				warnings.add("It clashes with " + other.withWhom() + " (" + other.agencyName() + ") on "
						+ WHEN.format(other.startsAt().atZone(appointments.zone())) + ".");
			}
		}
		if (week.overloaded()) {
			warnings.add(week.count() + " appointments with " + week.agencies()
					+ (week.agencies() == 1 ? " agency" : " agencies") + " in the week of " + DAY.format(week.monday())
					+ ": more than " + week.limit()
					+ " is a lot for one person. Could any be combined, moved or done by the lead professional?");
		}
		return warnings;
	}

	/** The week with the new appointment in it, as it would be if it were made. */
	static AppointmentWeek with(AppointmentWeek week, Appointment added, Appointments appointments) {
		List<Appointment> all = new ArrayList<>(week.appointments());
		all.add(added);
		all.sort(java.util.Comparator.comparing(Appointment::startsAt));
		return appointments.week(week.monday(), all);
	}

}
