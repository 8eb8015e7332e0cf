package org.accord.people;

import java.time.LocalDate;
import java.util.UUID;

import org.accord.sharing.InformationCategory;

/**
 * An agency's involvement with a person, with the worker when one is named, on what grounds it joined,
 * and, once ended, why and what support is in place. Being involved is itself information: its
 * {@code category} says who may know of it (being under the mental health team is MENTAL_HEALTH).
 */
public record Involvement(UUID id, UUID personId, UUID agencyId, String agencyName, String role, UUID workerUserId,
		String workerName, LocalDate startedOn, LocalDate endedOn, InformationCategory category, JoinGrounds grounds,
		String reason, String endReason, String ongoingSupport) {

	public boolean current() {
		return endedOn == null;
	}

}
