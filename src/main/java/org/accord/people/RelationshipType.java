package org.accord.people;

/**
 * What another person is to this one. Stored once, read from both sides: Sylvia's PERPETRATOR is, seen
 * from his record, his VICTIM.
 */
public enum RelationshipType {

	CHILD, PARENT, PARTNER, EX_PARTNER, PERPETRATOR, VICTIM, CARER, CARED_FOR, FAMILY;

	public RelationshipType inverse() {
		return switch (this) {
			case CHILD -> PARENT;
			case PARENT -> CHILD;
			case PERPETRATOR -> VICTIM;
			case VICTIM -> PERPETRATOR;
			case CARER -> CARED_FOR;
			case CARED_FOR -> CARER;
			default -> this;
		};
	}

	public String label() {
		return switch (this) {
			case EX_PARTNER -> "Ex-partner";
			case CARED_FOR -> "Cared for";
			default -> name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
		};
	}

}
