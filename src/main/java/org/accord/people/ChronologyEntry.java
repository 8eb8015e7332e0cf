package org.accord.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.accord.sharing.InformationCategory;

/**
 * One significant event in a person's life, as one agency recorded it. An entry is never changed: a
 * correction is a new entry, and the trail says which entry corrects which, so nobody reads a corrected
 * original as a current fact.
 */
public record ChronologyEntry(UUID id, UUID personId, LocalDate occurredOn, Type type, String summary, Kind kind,
		InformationCategory category, String provenance, UUID sourceAgencyId, String sourceAgencyName, String authorName,
		Instant recordedAt, Trail trail) {

	/** Whether the recording agency has corrected this entry since: then it is no longer a current fact. */
	public boolean corrected() {
		return trail.correctedAt() != null;
	}

	/**
	 * Where an entry stands in a correction trail; each part is null where it does not apply. The entries
	 * at either end may be of different categories, so {@link #seenBy} hides from a reader the end they
	 * may not see and the reason with it, since a reason tends to say what the other end says.
	 *
	 * @param corrects the entry this one corrects
	 * @param correctsReason why that entry was corrected
	 * @param correctedBy the entry that corrects this one
	 * @param correctedAt when this entry was corrected; set even where the correction itself is hidden
	 * @param correctionReason why this entry was corrected
	 */
	public record Trail(UUID corrects, LocalDate correctsOccurredOn, InformationCategory correctsCategory,
			String correctsReason, UUID correctedBy, InformationCategory correctedByCategory, Instant correctedAt,
			String correctedByName, String correctionReason) {

		public static final Trail NONE = new Trail(null, null, null, null, null, null, null, null, null);

		/** The trail as a reader who sees the given categories of the entry's agency may see it. */
		public Trail seenBy(java.util.function.Predicate<InformationCategory> canSee) {
			boolean before = corrects != null && canSee.test(correctsCategory);
			boolean after = correctedBy != null && canSee.test(correctedByCategory);
			return new Trail(before ? corrects : null, before ? correctsOccurredOn : null, before ? correctsCategory : null,
					before ? correctsReason : null, after ? correctedBy : null, after ? correctedByCategory : null, correctedAt,
					correctedByName, after ? correctionReason : null);
		}

	}

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
	public record Draft(UUID personId, LocalDate occurredOn, Type type, String summary, Kind kind,
			InformationCategory category, String provenance, UUID sourceAgencyId, UUID authorUserId, String authorName) {
	}

}
