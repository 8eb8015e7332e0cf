package org.accord.sharing.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.accord.sharing.Consent;
import org.accord.sharing.Consents;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each consent the person gave: what, to whom, for what, whose records, and its withdrawal. Kept as long as the person
 * record.
 */
@Component
class ConsentRecords implements PersonRecords {

	private final Consents consents;

	private final JdbcClient jdbc;

	ConsentRecords(Consents consents, JdbcClient jdbc) {
		this.consents = consents;
		this.jdbc = jdbc;
	}

	@Override
	public String title() {
		return "Consents";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return consents.forPerson(personId).stream().map(ConsentRecords::item).toList();
	}

	private static Item item(Consent c) {
		return Item.plain(InformationCategory.CORE_PROFILE, c.recordedByAgencyName(), c.givenOn().toString(),
				"Consent to share "
				+ c.categories().stream().map(x -> x.label().toLowerCase(Locale.UK)).toList() + " with "
				+ c.recipients().stream().map(Consent.Recipient::agencyName).toList() + " for " + c.purpose() + "; records of "
				+ c.holders().stream().map(h -> h.agencyName() + " (" + h.status().label().toLowerCase(Locale.UK)
						+ (h.reason() == null ? "" : ": " + h.reason()) + ")").toList()
				+ (c.withdrawnAt() != null ? "; withdrawn "
						+ c.withdrawnAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate() + ": " + c.withdrawalReason() : ""));
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		if (!expired.containsAll(Set.of(InformationCategory.values()))) {
			return;
		}
		List<String> ids = jdbc.sql("select id::text from consent where person_id = ?").param(personId)
			.query((rs, n) -> rs.getString("id"))
			.list();
		for (String id : ids) {
			jdbc.sql("delete from consent where id = cast(? as uuid)").param(id).update();
			removals.removed(personId, "CONSENT", id, InformationCategory.CORE_PROFILE);
		}
	}

}
