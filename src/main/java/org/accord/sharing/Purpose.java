package org.accord.sharing;

/** Why a user is asking about a person; it is recorded with every decision. */
public enum Purpose {

	VIEW, CHANGE

}
