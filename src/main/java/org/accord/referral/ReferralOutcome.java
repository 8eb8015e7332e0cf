package org.accord.referral;

/** How a referral ended for the person, from a fixed list: the closed-loop and got-help figures count these. */
public enum ReferralOutcome {

	GOT_HELP("Got the help they were referred for"), REFERRED_ON("Referred on to another service"),
	COULD_NOT_CONTACT("Could not contact the person"), NO_LONGER_WANTED("The person no longer wants it"),
	OTHER("Other outcome");

	private final String label;

	ReferralOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
