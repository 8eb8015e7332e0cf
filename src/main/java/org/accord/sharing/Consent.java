package org.accord.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The person's consent to share some categories, held by some agencies (its holders), with some other
 * agencies (its recipients), for a purpose, until withdrawn or expired. The recording agency is a holder
 * at once; each other holder decides the disclosure of its own records.
 */
public record Consent(UUID id, UUID personId, Set<InformationCategory> categories, String purpose, HowGiven howGiven,
		String capacityNote, LocalDate givenOn, LocalDate expiresOn, String recordedByName, UUID recordedByAgencyId,
		String recordedByAgencyName, List<Recipient> recipients, Instant withdrawnAt, String withdrawnByName,
		String withdrawalReason, List<Holder> holders) {

	public enum HowGiven {

		VERBAL("Verbally"), WRITTEN("In writing"), PORTAL("In the portal");

		private final String label;

		HowGiven(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** An agency the consent shares with, and who there acknowledged receiving it. */
	public record Recipient(UUID agencyId, String agencyName, String acknowledgedByName, Instant acknowledgedAt) {
	}

	/** An agency whose records the consent shares, and whether it has confirmed that they may flow. */
	public record Holder(UUID agencyId, String agencyName, HolderStatus status, String decidedByName, Instant decidedAt,
			String reason) {
	}

	public enum HolderStatus {

		PENDING("Not yet confirmed"), CONFIRMED("Confirmed"), DECLINED("Declined");

		private final String label;

		HolderStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public boolean active(LocalDate today) {
		return withdrawnAt == null && (expiresOn == null || !expiresOn.isBefore(today));
	}

	/** Whether the agency is named by the consent: its recorder, a holder or a recipient. */
	public boolean names(UUID agencyId) {
		return recordedByAgencyId.equals(agencyId) || recipients.stream().anyMatch(r -> r.agencyId().equals(agencyId))
				|| holders.stream().anyMatch(h -> h.agencyId().equals(agencyId));
	}

	/** The consent as a reader outside the recording agency sees it: the note on capacity stays with the recorder. */
	public Consent withoutCapacityNote() {
		return new Consent(id, personId, categories, purpose, howGiven, null, givenOn, expiresOn, recordedByName,
				recordedByAgencyId, recordedByAgencyName, recipients, withdrawnAt, withdrawnByName, withdrawalReason, holders);
	}

	/** A new consent; {@code holders} are the agencies whose records it shares besides the recorder's own. */
	public record Draft(UUID personId, Set<InformationCategory> categories, Set<UUID> recipients, String purpose,
			HowGiven howGiven, String capacityNote, LocalDate givenOn, LocalDate expiresOn, UUID recordedBy,
			UUID recordedByAgency, Set<UUID> holders) {

		public Draft(UUID personId, Set<InformationCategory> categories, Set<UUID> recipients, String purpose,
				HowGiven howGiven, String capacityNote, LocalDate givenOn, LocalDate expiresOn, UUID recordedBy,
				UUID recordedByAgency) {
			this(personId, categories, recipients, purpose, howGiven, capacityNote, givenOn, expiresOn, recordedBy,
					recordedByAgency, Set.of());
		}

	}

}
