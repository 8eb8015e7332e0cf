package org.accord.identity;

import java.time.Instant;
import java.util.UUID;

/** A partner organisation. Every user belongs to exactly one. */
public record Agency(UUID id, String name, AgencyType type, boolean requiresTwoFactor, boolean enabled,
		Instant updatedAt, int version) {
}
