package org.accord.directory;

/** The ways a service takes referrals. */
public enum ReferralRoute {

	VIA_ACCORD("Refer through Accord"),
	PHONE("Phone the service"),
	EMAIL("Email the service"),
	SELF_REFERRAL("The person can refer themselves");

	private final String label;

	ReferralRoute(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
