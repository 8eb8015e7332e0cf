package org.accord.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person in the shared index; the core profile (CORE_PROFILE) and postcode (CONTACT). */
public record Person(UUID id, String givenName, String familyName, LocalDate dateOfBirth, String gender,
		String postcode, Instant updatedAt, int version) {
}
