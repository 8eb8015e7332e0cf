package org.accord.directory.internal;

import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.Problems;

import org.springframework.validation.Errors;

/**
 * A service's refusal shown on the form it came from: each message against its field. The version is a hidden
 * field nobody can correct, so a missing one is said at the top of the page.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(Errors errors, InvalidInputException refusal) {
		for (Problems.FieldMessage error : refusal.errors()) {
			if (error.field().equals("version")) {
				errors.reject("version", error.message());
			}
			else {
				errors.rejectValue(error.field(), "invalid", error.message());
			}
		}
	}

}
