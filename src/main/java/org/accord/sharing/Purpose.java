package org.accord.sharing;

/** Why a user is asking about a person; it is recorded with every decision. */
public enum Purpose {

	VIEW, CHANGE,

	/** A copy leaves the system: a PDF or a download. */
	EXPORT,

	/**
	 * Joining a person found through a search: the record need not be visible yet, but only a
	 * practitioner or agency manager may join, and the joining itself is recorded with its grounds.
	 */
	JOIN,

	/** Information governance answering for the record (its access log, a subject access request): nobody else. */
	GOVERNANCE

}
