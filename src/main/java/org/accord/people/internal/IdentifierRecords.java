package org.accord.people.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.people.PersonIdentifiers;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The identifiers other services know the person by, each going when its category's period is over. */
@Component
class IdentifierRecords implements PersonRecords {

	private final PersonIdentifiers identifiers;

	private final JdbcClient jdbc;

	IdentifierRecords(PersonIdentifiers identifiers, JdbcClient jdbc) {
		this.identifiers = identifiers;
		this.jdbc = jdbc;
	}

	@Override
	public String title() {
		return "Identifiers";
	}

	@Override
	public int order() {
		return 15;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return identifiers.all(personId).stream()
			.map(i -> Item.plain(i.category(), i.recordedByAgencyName(), HeldDates.day(i.recordedAt()),
					i.type().label() + ": " + i.display()))
			.toList();
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		for (InformationCategory category : expired) {
			List<String> ids = jdbc.sql("select id::text from person_identifier where person_id = ? and category = ?")
				.params(personId, category.name())
				.query((rs, n) -> rs.getString("id"))
				.list();
			for (String id : ids) {
				jdbc.sql("delete from person_identifier where id = cast(? as uuid)").param(id).update();
				removals.removed(personId, "PERSON_IDENTIFIER", id, category);
			}
		}
	}

}
