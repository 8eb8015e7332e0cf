package org.accord.people;

/** Why an agency joined a person's record (shared/docs/access-policy.md: involvement is never taken lightly). */
public enum JoinGrounds {

	REFERRAL_RECEIVED("A referral was received"),
	PERSON_ASKED_FOR_HELP("The person asked for help"),
	STATUTORY_DUTY("A statutory duty"),
	SAFEGUARDING_ENQUIRY("A safeguarding enquiry"),
	COURT_ORDER("A court order"),
	MEETING("A multi-agency meeting"),
	OTHER("Other"),

	/** The agency recorded the person in the index itself. */
	CREATED_RECORD("Recorded the person");

	private final String label;

	JoinGrounds(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The grounds a user may give when joining. */
	public static java.util.List<JoinGrounds> choices() {
		return java.util.Arrays.stream(values()).filter(g -> g != CREATED_RECORD).toList();
	}

}
