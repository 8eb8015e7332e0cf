package org.accord.platform.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in user as every module sees it. It holds no secret, so it can live in the shared
 * session store and be read on any node.
 */
public record AccordPrincipal(UUID userId, String username, String displayName, UUID agencyId, String agencyName,
		Set<Role> roles) implements AuthenticatedPrincipal, Serializable {

	public AccordPrincipal {
		roles = Set.copyOf(roles);
	}

	@Override
	public String getName() {
		return username;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	/** A practitioner or agency manager: the roles that do case work, and so may search, join and write about people. */
	public boolean caseworker() {
		return hasRole(Role.PRACTITIONER) || hasRole(Role.AGENCY_MANAGER);
	}

}
