package org.accord.people.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.accord.people.People;
import org.accord.people.Relationships;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The household and relationships: each names another person, so each is for review. */
@Component
class RelationshipRecords implements PersonRecords {

	private final Relationships relationships;

	private final People people;

	private final JdbcClient jdbc;

	RelationshipRecords(Relationships relationships, People people, JdbcClient jdbc) {
		this.relationships = relationships;
		this.people = people;
		this.jdbc = jdbc;
	}

	@Override
	public String title() {
		return "Household and relationships";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return relationships.relationships(personId).stream()
			.flatMap(r -> people.find(r.relatedPersonId()).stream()
				.map(p -> Item.forReview(InformationCategory.CORE_PROFILE, null, null,
						r.type().name().toLowerCase(Locale.UK).replace('_', ' ') + ": " + p.givenName() + " " + p.familyName(),
						"Names another person")))
			.toList();
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		if (!expired.containsAll(Set.of(InformationCategory.values()))) {
			return;
		}
		List<String> ids = jdbc.sql("select id::text from relationship where person_id = :p or related_person_id = :p")
			.param("p", personId)
			.query((rs, n) -> rs.getString("id"))
			.list();
		for (String id : ids) {
			jdbc.sql("delete from relationship where id = cast(? as uuid)").param(id).update();
			removals.removed(personId, "RELATIONSHIP", id, InformationCategory.CORE_PROFILE);
		}
	}

}
