package org.accord.sharing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the access policy and the sharing pages need to know of the person index. The people module
 * provides it, so sharing can ask without depending on the data it guards.
 */
public interface InvolvementRegister {

	/** Currently involved: the agency works with the person now. */
	boolean isInvolved(UUID agencyId, UUID personId);

	/** Involved now or before: the agency keeps seeing what it recorded itself. */
	boolean wasEverInvolved(UUID agencyId, UUID personId);

	/** The record and the records merged into it, whose consents and decisions count as its own. */
	List<UUID> recordAndMerged(UUID personId);

	/** The person's name, for pages and notifications; empty when there is no such (unmerged) record. */
	Optional<String> name(UUID personId);

	/**
	 * The agencies that work or worked with the person as far as the decision lets the user know: being
	 * involved reveals the agency's category, so the mental health team is listed only to those who may see it.
	 */
	List<UUID> involvedAgenciesKnownTo(AccessDecision decision);

	/** The record this one was merged into, if it was. */
	Optional<UUID> mergedInto(UUID personId);

}
