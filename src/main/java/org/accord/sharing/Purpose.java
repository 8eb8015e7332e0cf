package org.accord.sharing;

/** Why a user is asking about a person; it is recorded with every decision. */
public enum Purpose {

	VIEW, CHANGE,

	/** A copy leaves the system: a PDF or a download. */
	EXPORT

}
