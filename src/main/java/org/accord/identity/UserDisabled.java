package org.accord.identity;

import java.util.UUID;

/** Published, in the disabling transaction, when a user account is disabled. */
public record UserDisabled(UUID userId, UUID agencyId) {
}
