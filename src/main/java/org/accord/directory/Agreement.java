package org.accord.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A partnership agreement or service level agreement between agencies: what each provides, how it
 * is measured, who does what, what it costs, and when it is next reviewed.
 */
public record Agreement(UUID id, String title, Kind kind, Status status, String servicesProvided,
		String rolesResponsibilities, String costs, LocalDate startsOn, LocalDate reviewOn, UUID ownerUserId,
		List<Party> parties, List<Measure> measures, int version) {

	public enum Kind {

		PARTNERSHIP_AGREEMENT("Partnership agreement"), SERVICE_LEVEL_AGREEMENT("Service level agreement");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public enum Status {

		DRAFT("Draft"), ACTIVE("Active"), UNDER_REVIEW("Under review"), ENDED("Ended");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** A figure computed from the platform's own records for a measure. */
	public enum Metric {

		REFERRALS_ANSWERED_IN_TIME("Share of referrals answered within the response deadline"),
		REFERRALS_ACCEPTED("Share of referrals accepted"),
		MARAC_ACTIONS_COMPLETED_IN_TIME("Share of MARAC actions completed by their due date");

		private final String label;

		Metric(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public record Party(UUID agencyId, String agencyName) {
	}

	public record Measure(String description, String target, Metric metric) {
	}

	public boolean reviewDue(LocalDate today, int withinDays) {
		return status != Status.ENDED && !reviewOn.isAfter(today.plusDays(withinDays));
	}

	public boolean reviewOverdue(LocalDate today) {
		return status != Status.ENDED && reviewOn.isBefore(today);
	}

}
