package org.accord.sharing.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;
import org.accord.sharing.SharingDecision;
import org.accord.sharing.SharingDecisions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each decision to share without consent, or not to share; one the person was not told of is for review. */
@Component
class DecisionRecords implements PersonRecords {

	private final SharingDecisions decisions;

	private final JdbcClient jdbc;

	DecisionRecords(SharingDecisions decisions, JdbcClient jdbc) {
		this.decisions = decisions;
		this.jdbc = jdbc;
	}

	@Override
	public String title() {
		return "Sharing decisions";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return decisions.forPerson(personId).stream().map(DecisionRecords::item).toList();
	}

	private static Item item(SharingDecision d) {
		String text = (d.decision() == SharingDecision.Kind.SHARE ? "Shared without consent" : "Decided not to share")
				+ " " + d.categories().stream().map(x -> x.label().toLowerCase(Locale.UK)).toList() + " from " + d.fromAgencyName()
				+ " to " + d.toAgencyName() + (d.grounds() == null ? "" : " (" + d.grounds().label() + ")") + ": "
				+ d.justification() + ". " + d.status().label() + ".";
		return Item.forReview(InformationCategory.CORE_PROFILE, d.fromAgencyName(),
				d.requestedAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().toString(), text,
				d.personTold() ? null : "The person was not told, because: " + d.notToldReason());
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		if (!expired.containsAll(Set.of(InformationCategory.values()))) {
			return;
		}
		List<String> ids = jdbc.sql("select id::text from sharing_decision where person_id = ?").param(personId)
			.query((rs, n) -> rs.getString("id"))
			.list();
		for (String id : ids) {
			jdbc.sql("delete from sharing_decision where id = cast(? as uuid)").param(id).update();
			removals.removed(personId, "SHARING_DECISION", id, InformationCategory.CORE_PROFILE);
		}
	}

}
