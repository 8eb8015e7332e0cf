package org.accord.referral.internal;

import jakarta.validation.constraints.Size;

import org.accord.referral.DeclineReason;
import org.accord.referral.ReferralOutcome;

/** Answering a referral: the reason for a decline or a withdrawal, the outcome that closes it, and a note. */
public class AnswerForm {

	private DeclineReason declineReason;

	private ReferralOutcome outcome;

	@Size(max = 2000, message = "Write 2000 characters or fewer")
	private String detail;

	// @formatter:off
	public DeclineReason getDeclineReason() { return declineReason; }
	public void setDeclineReason(DeclineReason v) { declineReason = v; }
	public ReferralOutcome getOutcome() { return outcome; }
	public void setOutcome(ReferralOutcome v) { outcome = v; }
	public String getDetail() { return detail; }
	public void setDetail(String v) { detail = v == null || v.isBlank() ? null : v.strip(); }
	// @formatter:on

}
