package org.accord.referral;

/** Why a service declined a referral: a fixed list, so that the partnership's figures can count the reasons. */
public enum DeclineReason {

	NOT_ELIGIBLE("Not eligible for the service"), NO_CAPACITY("No capacity"), WRONG_SERVICE("Not the right service"),
	PERSON_DECLINED("The person declined"), COULD_NOT_CONTACT("Could not contact the person"), OTHER("Other reason");

	private final String label;

	DeclineReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
