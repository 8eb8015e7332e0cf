package org.accord.sharing;

import java.util.UUID;

import org.accord.platform.security.AccordPrincipal;

/**
 * The one way in to a person's record: who asks, why, what the access policy decided, and whether the
 * user's agency may change the record now. Handlers receive it for the person id in their path (see
 * {@link PersonId}); services take it for every act about a person, so none can be called without the
 * policy having been asked and its decision audited.
 *
 * @param mayWrite the user is a practitioner or agency manager whose agency is involved with the person now
 */
public record PersonAccess(UUID personId, AccordPrincipal user, Purpose purpose, AccessDecision decision,
		boolean mayWrite) {

	public UUID agencyId() {
		return user.agencyId();
	}

	public boolean canSee(InformationCategory category) {
		return decision.canSee(category);
	}

	public boolean canSee(InformationCategory category, UUID recordedByAgencyId) {
		return decision.canSee(category, recordedByAgencyId);
	}

	/** Refuses an act that changes the record unless the user's agency works with the person now. */
	public PersonAccess requireWrite() {
		if (!mayWrite) {
			throw new org.springframework.security.access.AccessDeniedException(AccessPolicy.NOT_WRITING);
		}
		return this;
	}

}
