package org.accord.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The person's consent to share some categories with some agencies, for a purpose, until withdrawn or expired. */
public record Consent(UUID id, UUID personId, Set<InformationCategory> categories, String purpose, HowGiven howGiven,
		String capacityNote, LocalDate givenOn, LocalDate expiresOn, String recordedByName, UUID recordedByAgencyId,
		String recordedByAgencyName, List<Recipient> recipients, Instant withdrawnAt, String withdrawnByName, String withdrawalReason) {

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

	public boolean active(LocalDate today) {
		return withdrawnAt == null && (expiresOn == null || !expiresOn.isBefore(today));
	}

	public record Draft(UUID personId, Set<InformationCategory> categories, Set<UUID> recipients, String purpose, HowGiven howGiven,
			String capacityNote, LocalDate givenOn, LocalDate expiresOn, UUID recordedBy, UUID recordedByAgency) {
	}

}
