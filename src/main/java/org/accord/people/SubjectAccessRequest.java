package org.accord.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A request from a person (or someone acting for them) for everything held about them: who asked, how
 * their identity was checked, and the statutory month to answer, extendable once with a reason.
 */
public record SubjectAccessRequest(UUID id, String reference, UUID personId, String personName, String requesterName,
		String requesterRelationship, IdentityCheck identityCheck, String identityCheckDetail, LocalDate receivedOn,
		LocalDate dueOn, LocalDate extendedTo, String extensionReason, Status status, LocalDate closedOn,
		String closingNote, String recordedBy, int version) {

	public enum IdentityCheck {

		PHOTO_ID_SEEN("Photo identity document seen"),
		KNOWN_IN_PERSON("Known in person to a practitioner, who confirmed it is them"),
		DOCUMENTS_CHECKED("Documents confirming their name checked"),
		AUTHORITY_SEEN("Acting for them: their signed authority seen and the representative's identity checked");

		private final String label;

		IdentityCheck(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public enum Status {

		OPEN("Open"), COMPLETED("Answered"), REFUSED("Refused"), WITHDRAWN("Withdrawn");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public boolean onBehalf() {
		return requesterRelationship != null;
	}

	public boolean isOpen() {
		return status == Status.OPEN;
	}

	/** The date the answer is due: the extended date once extended. */
	public LocalDate due() {
		return extendedTo != null ? extendedTo : dueOn;
	}

	public boolean overdueOn(LocalDate today) {
		return isOpen() && today.isAfter(due());
	}

	/** Days until due (negative once overdue). */
	public long daysLeft(LocalDate today) {
		return ChronoUnit.DAYS.between(today, due());
	}

	/** It may be extended once, and only while the first month runs: the person must be told within it. */
	public boolean mayExtendOn(LocalDate today) {
		return isOpen() && extendedTo == null && !today.isAfter(dueOn);
	}

	/**
	 * One calendar month from the day received, to the corresponding date (or the month's last day when
	 * there is none); a weekend moves it to the Monday.
	 */
	public static LocalDate dueAfter(LocalDate received, int months) {
		LocalDate due = received.plusMonths(months);
		return switch (due.getDayOfWeek()) {
			case SATURDAY -> due.plusDays(2);
			case SUNDAY -> due.plusDays(1);
			default -> due;
		};
	}

}
