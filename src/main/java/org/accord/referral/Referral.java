package org.accord.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.accord.platform.calendar.WorkingDays;
import org.accord.sharing.InformationCategory;

/**
 * A referral as its two agencies see it: who referred whom to which service, why, what was shared, where it is
 * on its loop and every step so far. {@code personName} is null for a reader the policy does not let name them.
 */
public record Referral(UUID id, UUID personId, String personName, UUID fromAgencyId, String fromAgencyName,
		UUID referredById, String referredByName, UUID toServiceId, String toServiceName, UUID toAgencyId,
		String toAgencyName, String reason, Set<InformationCategory> categories, UUID consentId, ReferralStatus status,
		LocalDate respondBy,
		DeclineReason declineReason, ReferralOutcome outcome, Checklist checklist, RiskCheck riskCheck, Instant createdAt,
		int version, List<Step> history) {

	/** One transition: to which status, when, by whom, and why. */
	public record Step(ReferralStatus status, Instant at, String byName, String byAgencyName, String reason,
			String detail) {
	}

	/**
	 * What the referrer fills in: only what is new, the categories of their agency's records to share, and the
	 * pre-referral checklist (null when a system sends it through the API without one).
	 */
	public record Draft(UUID toServiceId, String reason, Set<InformationCategory> categories, Checklist checklist) {

		public Draft(UUID toServiceId, String reason, Set<InformationCategory> categories) {
			this(toServiceId, reason, categories, null);
		}

	}

	/**
	 * The pre-referral checklist: the criteria are met, the person understands why and what happens next, and the
	 * referrer knows how to contact them safely; whether they can attend alone, and the language of an interpreter.
	 */
	public record Checklist(boolean confirmed, Boolean attendsAlone, String interpreter) {
	}

	/**
	 * The risk check of a decline (seed 000 Figure 10): whether the declining service thinks the person is at risk,
	 * its concern, and whether the person was told. Null when it was not asked (a decline through the API).
	 */
	public record RiskCheck(boolean atRisk, String concern, ConcernTold told) {
	}

	public Referral named(String name) {
		return new Referral(id, personId, name, fromAgencyId, fromAgencyName, referredById, referredByName, toServiceId,
				toServiceName, toAgencyId, toAgencyName, reason, categories, consentId, status, respondBy, declineReason,
				outcome, checklist, riskCheck, createdAt, version, history);
	}

	/** Answered late, or still unanswered after its deadline. */
	public boolean overdue(LocalDate today) {
		return status.awaitingAnswer() && today.isAfter(respondBy);
	}

	/**
	 * "Due today", "Due tomorrow" or, over a weekend or a bank holiday, "Due Tuesday", while unanswered and due by
	 * the next working day, when {@link ReferralDeadlines} nudges the service; otherwise null.
	 */
	public String dueSoon(LocalDate today) {
		if (!status.awaitingAnswer() || today.isAfter(respondBy) || respondBy.isAfter(WorkingDays.plus(today, 1))) {
			return null;
		}
		return respondBy.equals(today) ? "Due today" : respondBy.equals(today.plusDays(1)) ? "Due tomorrow"
				: "Due " + respondBy.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
	}

}
