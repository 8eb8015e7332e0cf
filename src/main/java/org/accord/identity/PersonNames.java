package org.accord.identity;

import java.util.UUID;

import org.accord.platform.security.AccordPrincipal;

/**
 * Whether a page may name a person to a user. The sharing module's access policy answers it; identity
 * asks before showing a notification about someone, without depending on the policy itself.
 */
public interface PersonNames {

	boolean mayName(AccordPrincipal user, UUID personId);

}
