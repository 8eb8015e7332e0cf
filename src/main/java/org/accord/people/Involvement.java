package org.accord.people;

import java.time.LocalDate;
import java.util.UUID;

/** An agency's involvement with a person, with the worker when one is named. */
public record Involvement(UUID id, UUID personId, UUID agencyId, String agencyName, String role, UUID workerUserId,
		String workerName, LocalDate startedOn, LocalDate endedOn) {
}
