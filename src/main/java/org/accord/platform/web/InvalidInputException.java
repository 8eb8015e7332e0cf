package org.accord.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that breaks one or more field rules; every broken rule is reported at once, by field (on a page, the 400 page).
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
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
