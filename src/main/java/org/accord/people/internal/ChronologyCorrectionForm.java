package org.accord.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.accord.people.ChronologyEntry;

/** A correction: the entry as it should have been, prefilled with the original, and why. */
public class ChronologyCorrectionForm extends ChronologyForm {

	@NotBlank(message = "Enter why you are correcting the entry")
	@Size(max = 500, message = "Why you are correcting the entry must be 500 characters or fewer")
	private String reason;

	static ChronologyCorrectionForm of(ChronologyEntry e) {
		ChronologyCorrectionForm form = new ChronologyCorrectionForm();
		form.setDay(Integer.toString(e.occurredOn().getDayOfMonth()));
		form.setMonth(Integer.toString(e.occurredOn().getMonthValue()));
		form.setYear(Integer.toString(e.occurredOn().getYear()));
		form.setType(e.type());
		form.setSummary(e.summary());
		form.setKind(e.kind());
		form.setCategory(e.category());
		form.setProvenance(e.provenance());
		return form;
	}

	public String getReason() { return reason; }
	public void setReason(String v) { reason = v == null || v.isBlank() ? null : v.trim(); }

}
