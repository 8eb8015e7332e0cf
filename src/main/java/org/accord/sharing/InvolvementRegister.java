package org.accord.sharing;

import java.util.UUID;

/**
 * Whether an agency is involved with a person. The people module keeps involvements and provides
 * this, so the access policy can ask without depending on it.
 */
public interface InvolvementRegister {

	boolean isInvolved(UUID agencyId, UUID personId);

}
