package org.accord.people;

import java.time.Instant;
import java.util.UUID;

import org.accord.sharing.InformationCategory;

/** One appointment of one agency with the person. */
public record Appointment(UUID id, UUID personId, Instant startsAt, int minutes, UUID agencyId, String agencyName,
		String withWhom, String purpose, String location, InformationCategory category) {

	public Instant endsAt() {
		return startsAt.plusSeconds(60L * minutes);
	}

	public boolean overlaps(Appointment other) {
		return !id.equals(other.id) && startsAt.isBefore(other.endsAt()) && other.startsAt.isBefore(endsAt());
	}

	/** A new appointment, made by the user's agency. */
	public record Draft(UUID personId, Instant startsAt, int minutes, UUID agencyId, String withWhom, String purpose,
			String location, InformationCategory category, UUID createdBy) {
	}

}
