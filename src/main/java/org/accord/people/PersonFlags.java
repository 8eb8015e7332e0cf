package org.accord.people;

import java.util.List;

import org.accord.sharing.PersonAccess;

/**
 * An alert another module raises on a person's record, which the record page and {@code GET /api/v1/people/{id}}
 * show. The people module collects every implementation, so a module that knows something every agency around
 * the person should act on (such as the referral module's pillar-to-post detection) plugs in without the person
 * index depending on it.
 */
public interface PersonFlags {

	/**
	 * The flags on the person that this access lets the user see, each with as much of its history as the user may
	 * see; the implementation applies the access policy's decision, since only it knows what its history reveals.
	 */
	List<PersonFlag> flagsFor(PersonAccess access);

}
