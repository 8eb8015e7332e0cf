package org.accord.people.internal;

import java.util.Comparator;
import java.util.List;

import org.accord.people.PersonFlag;
import org.accord.people.PersonFlags;
import org.accord.sharing.PersonAccess;

import org.springframework.stereotype.Component;

/** Every module's flags on a person, for the record page and the API alike, so the two never differ. */
@Component
class RecordFlags {

	private final List<PersonFlags> sources;

	RecordFlags(List<PersonFlags> sources) {
		this.sources = sources;
	}

	List<PersonFlag> of(PersonAccess access) {
		return sources.stream().flatMap(s -> s.flagsFor(access).stream())
			.sorted(Comparator.comparing(PersonFlag::code))
			.toList();
	}

}
