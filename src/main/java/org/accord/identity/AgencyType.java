package org.accord.identity;

/** The fixed list of kinds of partner agency. */
public enum AgencyType {

	DOMESTIC_ABUSE_SERVICE("Domestic abuse service"),
	DRUG_AND_ALCOHOL("Drug and alcohol service"),
	MENTAL_HEALTH("Mental health"),
	CHILDRENS_SOCIAL_CARE("Children's social care"),
	ADULT_SOCIAL_CARE("Adult social care"),
	POLICE("Police"),
	PROBATION("Probation"),
	HOUSING("Housing"),
	HEALTH("Health"),
	EDUCATION("Education"),
	VOLUNTARY("Voluntary sector"),
	OTHER("Other");

	private final String label;

	AgencyType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
