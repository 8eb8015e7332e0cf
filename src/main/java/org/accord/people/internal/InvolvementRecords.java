package org.accord.people.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.people.Involvement;
import org.accord.people.People;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which agencies work with the person, why each joined and ended (in its own words, which may name
 * someone else) and the support left in place. They go with the person record itself.
 */
@Component
class InvolvementRecords implements PersonRecords {

	private final People people;

	private final JdbcClient jdbc;

	InvolvementRecords(People people, JdbcClient jdbc) {
		this.people = people;
		this.jdbc = jdbc;
	}

	@Override
	public String title() {
		return "Agencies involved";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return people.involvements(personId).stream().map(i -> item(i, others)).toList();
	}

	private static Item item(Involvement i, OtherPeople others) {
		String text = i.role() + (i.workerName() == null ? "" : ", " + i.workerName())
				+ (i.grounds() == null ? "" : ". Joined: " + i.grounds().label() + (i.reason() == null ? "" : ", " + i.reason()))
				+ (i.endReason() == null ? "" : ". Ended: " + i.endReason() + "; support in place: " + i.ongoingSupport());
		String names = others.mentionedIn(text);
		return Item.forReview(i.category(), i.agencyName(), i.startedOn() + (i.endedOn() == null ? "" : " to " + i.endedOn()),
				text, names == null ? null : "Names another person (" + names + ")");
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		if (!expired.containsAll(Set.of(InformationCategory.values()))) {
			return;
		}
		List<String[]> rows = jdbc.sql("select id::text, category from involvement where person_id = ?")
			.param(personId)
			.query((rs, n) -> new String[] { rs.getString("id"), rs.getString("category") })
			.list();
		for (String[] row : rows) {
			jdbc.sql("delete from involvement where id = cast(? as uuid)").param(row[0]).update();
			removals.removed(personId, "INVOLVEMENT", row[0], InformationCategory.valueOf(row[1]));
		}
		jdbc.sql("delete from lead_professional_history where person_id = ?").param(personId).update();
		if (jdbc.sql("delete from lead_professional where person_id = ?").param(personId).update() > 0) {
			removals.removed(personId, "LEAD_PROFESSIONAL", personId.toString(), InformationCategory.CORE_PROFILE);
		}
	}

}
