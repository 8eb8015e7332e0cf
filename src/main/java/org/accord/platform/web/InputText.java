package org.accord.platform.web;

/** What no text sent to Accord may contain: control characters other than tab and line breaks, and lone surrogates. */
public final class InputText {

	private InputText() {
	}

	/** Why the text is refused, or null when it is acceptable. */
	public static String problem(String value) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				continue;
			}
			if (Character.isISOControl(c)) {
				return "must not contain control characters";
			}
			if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))) {
				return "must not contain half of a character";
			}
			if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
				return "must not contain half of a character";
			}
			if (c == '\uFFFD') {
				return "must be valid UTF-8 text";
			}
		}
		return null;
	}

}
