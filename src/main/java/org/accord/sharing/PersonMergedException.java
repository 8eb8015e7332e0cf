package org.accord.sharing;

import java.util.UUID;

/** The record asked for was merged into another, which the user may see: they are sent there. */
public class PersonMergedException extends RuntimeException {

	private final UUID mergedId;

	private final UUID keptId;

	public PersonMergedException(UUID mergedId, UUID keptId) {
		super("This record was merged into " + keptId);
		this.mergedId = mergedId;
		this.keptId = keptId;
	}

	public UUID mergedId() {
		return mergedId;
	}

	public UUID keptId() {
		return keptId;
	}

}
