package org.accord.audit;

import java.util.UUID;

/** Who acted, for events recorded before anyone is signed in (a sign-in attempt, a token request). */
public record AuditActor(UUID userId, String username, UUID agencyId, String agencyName, String roles) {

	public static final AuditActor ANONYMOUS = new AuditActor(null, null, null, null, null);

	/** Accord itself, for what a scheduled job does on nobody's request. */
	public static final AuditActor SYSTEM = new AuditActor(null, "accord", null, null, null);

}
