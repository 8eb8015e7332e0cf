package org.accord.platform.web;

import java.util.List;

/** Input that breaks one or more field rules; every broken rule is reported at once, by field. */
public class InvalidInputException extends RuntimeException {

	private final List<Problems.FieldMessage> errors;

	public InvalidInputException(List<Problems.FieldMessage> errors) {
		super("The request has invalid fields");
		this.errors = List.copyOf(errors);
	}

	public List<Problems.FieldMessage> errors() {
		return errors;
	}

}
