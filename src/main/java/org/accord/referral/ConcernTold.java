package org.accord.referral;

/** Whether the person was told of the concern a declining service raised: only when it is safe to tell them. */
public enum ConcernTold {

	TOLD("They have been told"), NOT_SAFE("It is not safe to tell them"),
	WILL_BE_TOLD("They will be told when it is safe");

	private final String label;

	ConcernTold(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
