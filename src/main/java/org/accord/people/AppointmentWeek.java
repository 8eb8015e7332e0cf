package org.accord.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One person's week of appointments and the load it puts on them: how many, with how many agencies,
 * whether that is more than one person should carry, and which appointments clash.
 */
public record AppointmentWeek(LocalDate monday, List<Appointment> appointments, int limit) {

	public int count() {
		return appointments.size();
	}

	public int agencies() {
		return (int) appointments.stream().map(Appointment::agencyId).distinct().count();
	}

	public boolean overloaded() {
		return count() > limit;
	}

	/** The ids of the appointments that overlap another one. */
	public Set<UUID> clashing() {
		return appointments.stream()
			.filter(a -> appointments.stream().anyMatch(a::overlaps))
			.map(Appointment::id)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Each clash once, as the pair of appointments, earlier first. */
	public List<List<Appointment>> clashes() {
		List<List<Appointment>> pairs = new ArrayList<>();
		for (int i = 0; i < appointments.size(); i++) {
			for (int j = i + 1; j < appointments.size(); j++) {
				if (appointments.get(i).overlaps(appointments.get(j))) {
					pairs.add(List.of(appointments.get(i), appointments.get(j)));
				}
			}
		}
		return pairs;
	}

}
