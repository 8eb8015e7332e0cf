package org.accord.platform.web;

import java.util.LinkedHashSet;
import java.util.Set;

/** What the forms share about the values a browser sends. */
public final class FormValues {

	private FormValues() {
	}

	/** A blank checkbox value binds as null; it selects nothing. */
	public static <T> Set<T> withoutBlanks(Set<T> values) {
		Set<T> kept = new LinkedHashSet<>(values);
		kept.remove(null);
		return kept;
	}

}
