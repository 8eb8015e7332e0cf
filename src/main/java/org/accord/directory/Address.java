package org.accord.directory;

public record Address(String line1, String line2, String town, String postcode) {

	public boolean isEmpty() {
		return blank(line1) && blank(line2) && blank(town) && blank(postcode);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
