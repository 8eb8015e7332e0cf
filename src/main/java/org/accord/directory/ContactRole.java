package org.accord.directory;

/** Named contacts are roles first, so they survive the person in them moving on. */
public enum ContactRole {

	MARAC_REPRESENTATIVE("MARAC representative"),
	DUTY_WORKER("Duty worker"),
	REFERRALS("Referrals contact"),
	SAFEGUARDING_LEAD("Safeguarding lead"),
	GP_LIAISON("GP liaison"),
	MANAGER("Service manager"),
	CHAMPION("Champion"),
	OTHER("Other contact");

	private final String label;

	ContactRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
