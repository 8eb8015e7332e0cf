package org.accord.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Well-formed input that a rule of the domain refuses; the message names the rule. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class BusinessRuleException extends RuntimeException {

	public BusinessRuleException(String rule) {
		super(rule);
	}

}
