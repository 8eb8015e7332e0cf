package org.accord.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;

/** A user as identity stores it; the password hash and TOTP secret never leave this package. */
record UserAccount(UUID id, String username, String displayName, String email, String jobTitle, UUID agencyId,
		String agencyName, boolean agencyRequiresTwoFactor, boolean agencyEnabled, String passwordHash,
		boolean enabled, String totpSecret, boolean totpEnabled, Long totpLastStep, Set<Role> roles,
		Instant updatedAt, int version) {

	AccordPrincipal principal() {
		return new AccordPrincipal(id, username, displayName, agencyId, agencyName, roles);
	}

	boolean canSignIn() {
		return enabled && agencyEnabled;
	}

}
