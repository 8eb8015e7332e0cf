package org.accord.audit;

/**
 * The names of audited acts that are read back as well as written: a search result grants a day to join,
 * governance counts joins. Writer and reader share these, so a renamed action cannot silently empty a figure.
 * The policy's own purposes (VIEW, CHANGE, EXPORT, ...) are written and read by their enum in {@code sharing}.
 */
public final class AuditActions {

	/** A person appeared in a user's search; the ground for joining their record within a day. */
	public static final String SEARCH_RESULT = "SEARCH_RESULT";

	/** An agency joined a person's record (detail {@link #AGENCY_JOINED}) or found itself already involved. */
	public static final String INVOLVE = "INVOLVE";

	/** The detail of an {@link #INVOLVE} row when the agency really joined, followed by ": " and its grounds. */
	public static final String AGENCY_JOINED = "agency joined";

	/** The entity of every row about a person's record as a whole. */
	public static final String PERSON = "PERSON";

	private AuditActions() {
	}

}
