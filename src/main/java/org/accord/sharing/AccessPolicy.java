package org.accord.sharing;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;

import org.springframework.stereotype.Component;

/**
 * The one place that decides what a user may see of a person, and records that it did. Every page,
 * API response, search result, export and PDF about a person asks here; nothing else grants access.
 *
 * <p>Grounds so far: the user's own agency is involved with the person; an administrator who gives a
 * reason sees the core profile to correct the index. Consent, sharing agreements, approved sharing
 * without consent and meeting membership arrive with the consent capability.
 */
@Component
public class AccessPolicy {

	static final String OWN_AGENCY = "Your agency is involved with this person";

	static final String NOT_INVOLVED = "Your agency is not involved with this person, and no consent or agreement shares it with you";

	static final String ADMIN_REASON = "Administrator with a recorded reason";

	private final InvolvementRegister involvements;

	private final AuditLog audit;

	AccessPolicy(InvolvementRegister involvements, AuditLog audit) {
		this.involvements = involvements;
		this.audit = audit;
	}

	/**
	 * Whether the user may learn that the person exists at all, without recording a look: for leaving
	 * people out of lists (a related person the user has no grounds for is simply not listed).
	 */
	public boolean mayKnow(AccordPrincipal user, UUID personId) {
		return involvements.isInvolved(user.agencyId(), personId);
	}

	/** Decides, and writes the audit row: SUCCESS when anything is visible, DENIED when nothing is. */
	public AccessDecision decide(AccordPrincipal user, UUID personId, Purpose purpose) {
		return decide(user, personId, purpose, null);
	}

	public AccessDecision decide(AccordPrincipal user, UUID personId, Purpose purpose, String reason) {
		Map<InformationCategory, String> visible = new EnumMap<>(InformationCategory.class);
		Map<InformationCategory, String> withheld = new EnumMap<>(InformationCategory.class);
		boolean involved = involvements.isInvolved(user.agencyId(), personId);
		boolean administratorWithReason = !involved && user.hasRole(Role.ADMINISTRATOR) && reason != null && !reason.isBlank();
		for (InformationCategory category : InformationCategory.values()) {
			if (involved) {
				visible.put(category, category == InformationCategory.CONFIDENTIAL_LOCATION
						? "Only what your own agency recorded" : OWN_AGENCY);
			}
			else if (administratorWithReason && category == InformationCategory.CORE_PROFILE) {
				visible.put(category, ADMIN_REASON);
			}
			else {
				withheld.put(category, NOT_INVOLVED);
			}
		}
		AccessDecision decision = new AccessDecision(personId, user.agencyId(), visible, withheld);
		AuditEvent event = AuditEvent.of(purpose.name(), "PERSON", personId).person(personId)
			.detail("visible: " + visible.keySet() + "; withheld: " + withheld.keySet());
		audit.record(decision.anyVisible() ? event.reason(administratorWithReason ? reason : null) : event.denied());
		return decision;
	}

}
