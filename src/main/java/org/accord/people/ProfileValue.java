package org.accord.people;

import java.time.Instant;
import java.util.UUID;

/** One field of the shared profile, with the agency that set it last and when. */
public record ProfileValue(ProfileField field, String value, UUID sourceAgencyId, String sourceAgencyName, Instant updatedAt) {
}
