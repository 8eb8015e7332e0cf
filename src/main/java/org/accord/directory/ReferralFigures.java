package org.accord.directory;

import java.util.Map;

/**
 * The figures of a set of referrals.
 *
 * @param sent how many were sent in the period
 * @param due how many were answered, or are unanswered past their deadline: those the deadline can be judged on
 * @param answeredInTime how many of those were answered (accepted or declined) by their deadline
 * @param answered how many were answered at all
 * @param medianWorkingDaysToAnswer the median time from sending to the answer, in working days; null when none
 * @param accepted how many were accepted
 * @param declined how many were declined, and {@code declineReasons} why (reason label to count, largest first)
 * @param closed how many have a final outcome: declined, withdrawn or completed
 * @param completed how many were completed, and {@code gotHelp} how many of those with the help they were referred for
 */
public record ReferralFigures(int sent, int due, int answeredInTime, int answered, Double medianWorkingDaysToAnswer,
		int accepted, int declined, Map<String, Long> declineReasons, int closed, int completed, int gotHelp) {

	/** A share as a whole percentage, or null when there is nothing to divide. */
	public static Integer percent(int part, int whole) {
		return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
	}

	public Integer answeredInTimePercent() {
		return percent(answeredInTime, due);
	}

	public Integer acceptedPercent() {
		return percent(accepted, answered);
	}

	public Integer declinedPercent() {
		return percent(declined, answered);
	}

	public Integer closedLoopPercent() {
		return percent(closed, sent);
	}

	public Integer gotHelpPercent() {
		return percent(gotHelp, completed);
	}

}
