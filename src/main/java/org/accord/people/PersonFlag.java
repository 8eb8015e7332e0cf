package org.accord.people;

import java.time.LocalDate;
import java.util.List;

/**
 * One alert on a person's record, as one user may see it.
 *
 * @param code what the API's {@code flags} lists, such as {@code PILLAR_TO_POST}
 * @param title the heading on the record page
 * @param summary why it is raised, in words that reveal nothing the user may not see
 * @param history what led to it that the user may see, newest first
 * @param notShown how many more events led to it whose details the user may not see
 * @param notShownNote that said in words ("And 2 other declines you may not see the details of."), or null
 */
public record PersonFlag(String code, String title, String summary, List<Event> history, int notShown,
		String notShownNote) {

	public PersonFlag {
		history = List.copyOf(history);
	}

	/** One event that led to the flag: which service of which agency acted, why, and when. */
	public record Event(LocalDate date, String service, String agency, String reason) {
	}

}
