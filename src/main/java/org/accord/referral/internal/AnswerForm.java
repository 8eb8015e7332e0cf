package org.accord.referral.internal;

import jakarta.validation.constraints.Size;

import org.accord.referral.ConcernTold;
import org.accord.referral.DeclineReason;
import org.accord.referral.Referral;
import org.accord.referral.ReferralOutcome;

/** Answering a referral: the reason for a decline or a withdrawal, the outcome that closes it, and a note. */
public class AnswerForm {

	private DeclineReason declineReason;

	private ReferralOutcome outcome;

	@Size(max = 2000, message = "Write 2000 characters or fewer")
	private String detail;

	/** YES or NO: the risk check every decline on the page answers. */
	private String atRisk;

	@Size(max = 4000, message = "Say what the concern is in 4000 characters or fewer")
	private String concern;

	private ConcernTold told;

	Referral.RiskCheck riskCheck() {
		return atRisk == null ? null : new Referral.RiskCheck("YES".equals(atRisk), concern, told);
	}

	// @formatter:off
	public DeclineReason getDeclineReason() { return declineReason; }
	public void setDeclineReason(DeclineReason v) { declineReason = v; }
	public ReferralOutcome getOutcome() { return outcome; }
	public void setOutcome(ReferralOutcome v) { outcome = v; }
	public String getAtRisk() { return atRisk; }
	public void setAtRisk(String v) { atRisk = "YES".equals(v) || "NO".equals(v) ? v : null; }
	public String getConcern() { return concern; }
	public void setConcern(String v) { concern = v == null || v.isBlank() ? null : v.strip(); }
	public ConcernTold getTold() { return told; }
	public void setTold(ConcernTold v) { told = v; }
	public String getDetail() { return detail; }
	public void setDetail(String v) { detail = v == null || v.isBlank() ? null : v.strip(); }
	// @formatter:on

}
