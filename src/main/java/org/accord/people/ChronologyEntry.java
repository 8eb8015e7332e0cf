package org.accord.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.accord.sharing.InformationCategory;

/** One significant event in a person's life, as one agency recorded it. */
public record ChronologyEntry(UUID id, UUID personId, LocalDate occurredOn, Type type, String summary, Kind kind,
		InformationCategory category, String provenance, UUID sourceAgencyId, String sourceAgencyName, String authorName,
		Instant recordedAt) {

	/** What happened; each type has the category its content usually belongs to. */
	public enum Type {

		INCIDENT("Incident", InformationCategory.RISK),
		ASSESSMENT("Assessment", InformationCategory.RISK),
		REFERRAL("Referral", InformationCategory.CORE_PROFILE),
		MEETING("Meeting", InformationCategory.CORE_PROFILE),
		ADMISSION("Admission", InformationCategory.MENTAL_HEALTH),
		COURT("Court date", InformationCategory.CRIMINAL_JUSTICE),
		MOVE("Move", InformationCategory.HOUSING),
		CONTACT("Contact", InformationCategory.CORE_PROFILE),
		OTHER("Other", InformationCategory.CORE_PROFILE);

		private final String label;

		private final InformationCategory usualCategory;

		Type(String label, InformationCategory usualCategory) {
			this.label = label;
			this.usualCategory = usualCategory;
		}

		public String label() {
			return label;
		}

		public InformationCategory usualCategory() {
			return usualCategory;
		}

	}

	/** A fact is something observed or recorded; an opinion is a professional's judgement, marked as such (003:51-58). */
	public enum Kind {

		FACT("Fact"), OPINION("Professional opinion");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** A new entry; the author's agency is its source. */
	public record Draft(UUID personId, LocalDate occurredOn, Type type, String summary, Kind kind, InformationCategory category,
			String provenance, UUID sourceAgencyId, UUID authorUserId, String authorName) {
	}

}
