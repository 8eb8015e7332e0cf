package org.accord.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.accord.people.ChronologyEntry;
import org.accord.platform.web.Problems;
import org.accord.sharing.AccessDecision;
import org.accord.sharing.InformationCategory;

/** What the pages, the API and the PDF share about chronology entries. */
final class ChronologyView {

	private ChronologyView() {
	}

	/** The entries the decision lets the user see; the rest are left out, not blanked. */
	static List<ChronologyEntry> visible(List<ChronologyEntry> entries, AccessDecision decision) {
		return entries.stream().filter(e -> decision.canSee(e.category(), e.sourceAgencyId())).toList();
	}

	/**
	 * What is wrong with a new entry beyond its single fields: only hearings and meetings lie in the
	 * future, and nobody records into a category they may not see themselves.
	 */
	static Optional<Problems.FieldMessage> problem(LocalDate occurredOn, ChronologyEntry.Type type, InformationCategory category,
			AccessDecision decision, LocalDate today) {
		if (occurredOn.isAfter(today) && type != ChronologyEntry.Type.COURT && type != ChronologyEntry.Type.MEETING) {
			return Optional.of(new Problems.FieldMessage("occurredOn", "must not be in the future, except for a court date or a meeting"));
		}
		if (occurredOn.getYear() < 1900) {
			return Optional.of(new Problems.FieldMessage("occurredOn", "must be after 1900"));
		}
		if (!decision.canSee(category)) {
			return Optional.of(new Problems.FieldMessage("category", "you may not record information of this category"));
		}
		return Optional.empty();
	}

}
