package org.accord.directory;

import java.util.UUID;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;

/**
 * Who may change a directory entry: administrators, managers of the owning agency, and the entry's owner. One rule
 * for services and contacts, so an agency's entries have the same keepers; pages ask through {@link Services} and
 * {@link Contacts}.
 */
final class DirectoryPermissions {

	private DirectoryPermissions() {
	}

	static boolean canEdit(AccordPrincipal user, UUID agencyId, UUID ownerUserId) {
		return user.hasRole(Role.ADMINISTRATOR)
				|| (user.hasRole(Role.AGENCY_MANAGER) && user.agencyId().equals(agencyId))
				|| (ownerUserId != null && ownerUserId.equals(user.userId()));
	}

	static boolean canCreateFor(AccordPrincipal user, UUID agencyId) {
		return user.hasRole(Role.ADMINISTRATOR) || (user.hasRole(Role.AGENCY_MANAGER) && user.agencyId().equals(agencyId));
	}

}
