package org.accord.identity.internal;

import java.util.List;

import org.accord.platform.web.Problems;

import org.springframework.validation.BindingResult;

/** A service's refusals shown on the form beside its own errors: one message a field, the form's own first. */
final class FieldRefusals {

	private FieldRefusals() {
	}

	static void reject(BindingResult result, List<Problems.FieldMessage> refusals) {
		for (Problems.FieldMessage refusal : refusals) {
			if (!result.hasFieldErrors(refusal.field())) {
				result.rejectValue(refusal.field(), "refused", refusal.message());
			}
		}
	}

}
