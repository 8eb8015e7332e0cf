package org.accord.sharing;

/** Every field and record type about a person belongs to one of these (shared/docs/access-policy.md). */
public enum InformationCategory {

	CORE_PROFILE("Core profile", false),
	CONTACT("Contact details", false),
	RISK("Risk", false),
	MENTAL_HEALTH("Mental health", true),
	SEXUAL_HEALTH("Sexual health", true),
	SUBSTANCE_USE("Substance use", true),
	CRIMINAL_JUSTICE("Criminal justice", true),
	CHILDREN("Children", false),
	HOUSING("Housing", false),
	CONFIDENTIAL_LOCATION("Confidential location", true);

	private final String label;

	private final boolean restricted;

	InformationCategory(String label, boolean restricted) {
		this.label = label;
		this.restricted = restricted;
	}

	public String label() {
		return label;
	}

	/** Never visible without grounds that name it. */
	public boolean restricted() {
		return restricted;
	}

}
