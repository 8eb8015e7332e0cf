package org.accord.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A decision to share without consent, which takes effect only once approved and only until it
 * expires, or a decision not to share, recorded with its reason the same way (000:799-804).
 */
public record SharingDecision(UUID id, UUID personId, Kind decision, SharingGrounds grounds,
		Set<InformationCategory> categories, UUID fromAgencyId, String fromAgencyName, UUID toAgencyId, String toAgencyName,
		String justification, boolean personTold, String notToldReason, Status status, String requestedByName,
		Instant requestedAt, String decidedByName, Instant decidedAt, String decisionNote, LocalDate expiresOn,
		String acknowledgedByName, Instant acknowledgedAt, UUID requestedById) {

	/**
	 * The decision as the receiving agency sees it: what and on what grounds, without the reasons kept by the sharing
	 * agency.
	 */
	public SharingDecision withoutReasons() {
		return new SharingDecision(id, personId, decision, grounds, categories, fromAgencyId, fromAgencyName, toAgencyId,
				toAgencyName, null, personTold, null, status, requestedByName, requestedAt, decidedByName, decidedAt, null,
				expiresOn, acknowledgedByName, acknowledgedAt, requestedById);
	}

	public enum Kind {
		SHARE, DO_NOT_SHARE
	}

	public enum Status {

		PENDING("Waiting for approval"), APPROVED("Approved"), REFUSED("Refused"), RECORDED("Recorded");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public record Draft(UUID personId, Kind decision, SharingGrounds grounds, Set<InformationCategory> categories,
			UUID fromAgencyId, UUID toAgencyId, String justification, boolean personTold, String notToldReason,
			UUID requestedBy) {
	}

}
