package org.accord.platform.security;

/**
 * What a user does in the partnership. A role never grants case content by itself: the access
 * policy in the sharing module decides that from involvement, consent and the other grounds.
 */
public enum Role {

	PRACTITIONER("Practitioner"),
	AGENCY_MANAGER("Agency manager"),
	MEETING_COORDINATOR("Meeting coordinator"),
	CHAIR("Chair"),
	PARTNERSHIP_LEAD("Partnership lead"),
	INFORMATION_GOVERNANCE("Information governance"),
	ADMINISTRATOR("Administrator");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The Spring Security authority, so that {@code hasRole("ADMINISTRATOR")} works. */
	public String authority() {
		return "ROLE_" + name();
	}

}
