package org.accord.directory;

public enum GenderServed {

	ANY("Anyone"),
	WOMEN("Women only"),
	MEN("Men only");

	private final String label;

	GenderServed(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether a service for this group can take someone who asked for {@code wanted}. */
	public boolean serves(GenderServed wanted) {
		return this == ANY || wanted == null || wanted == ANY || this == wanted;
	}

}
