package org.accord.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral is on its closed loop (seed 000 Figure 10). A referral leaves the loop only declined, withdrawn
 * or completed, each with its reason or outcome: nothing is sent and forgotten.
 */
public enum ReferralStatus {

	DRAFT("Draft"), SENT("Sent"), RECEIVED("Received"), ACCEPTED("Accepted"), DECLINED("Declined"),
	WITHDRAWN("Withdrawn"), COMPLETED("Completed");

	private final String label;

	ReferralStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** What becoming this status is called in a message: "cannot be accepted". */
	public String verb() {
		return this == DRAFT ? "made a draft again" : label.toLowerCase(java.util.Locale.UK);
	}

	/** The statuses this one may move to. */
	public Set<ReferralStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SENT, WITHDRAWN);
			case SENT -> EnumSet.of(RECEIVED, ACCEPTED, DECLINED, WITHDRAWN);
			case RECEIVED -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);
			case ACCEPTED -> EnumSet.of(COMPLETED, WITHDRAWN);
			case DECLINED, WITHDRAWN, COMPLETED -> EnumSet.noneOf(ReferralStatus.class);
		};
	}

	public boolean mayBecome(ReferralStatus status) {
		return next().contains(status);
	}

	/** Closed with a reason or an outcome: the loop is closed. */
	public boolean closed() {
		return next().isEmpty();
	}

	/** Waiting for the receiving service's answer, against the deadline. */
	public boolean awaitingAnswer() {
		return this == SENT || this == RECEIVED;
	}

}
