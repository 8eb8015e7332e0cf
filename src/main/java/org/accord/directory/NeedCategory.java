package org.accord.directory;

/** What a service helps with; the directory's search and every referral pathway use these. */
public enum NeedCategory {

	DOMESTIC_ABUSE("Domestic abuse"),
	SEXUAL_VIOLENCE("Sexual violence"),
	SUBSTANCE_USE("Drugs and alcohol"),
	MENTAL_HEALTH("Mental health"),
	HOUSING("Housing"),
	CHILDREN_AND_FAMILIES("Children and families"),
	HEALTH("Health"),
	CRIMINAL_JUSTICE("Criminal justice"),
	FINANCIAL("Money and benefits"),
	LEGAL("Legal advice"),
	OTHER("Other");

	private final String label;

	NeedCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
