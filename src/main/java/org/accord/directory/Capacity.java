package org.accord.directory;

/** Whether a service can take a referral now: said by its own agency, shown wherever a referrer chooses a service. */
public enum Capacity {

	ACCEPTING("Accepting referrals"), WAITING_UNDER_ONE_MONTH("Waiting list under 1 month"),
	WAITING_ONE_TO_THREE_MONTHS("Waiting list of 1 to 3 months"), WAITING_OVER_THREE_MONTHS("Waiting list over 3 months"),
	NOT_ACCEPTING("Not accepting referrals"), ASSESSMENT_FIRST("Assessment needed first");

	private final String label;

	Capacity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean takesReferrals() {
		return this != NOT_ACCEPTING;
	}

}
