package org.accord.people;

import java.time.Instant;
import java.util.UUID;

/** The person's single point of contact, and the record of who agreed it (003:114). */
public record LeadProfessional(UUID agencyId, String agencyName, UUID workerUserId, String workerName, String agreedBy,
		Instant recordedAt) {
}
