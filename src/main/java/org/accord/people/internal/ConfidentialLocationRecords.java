package org.accord.people.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.people.ConfidentialLocations;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A confidential location never leaves the agency that holds it, not even to governance: the export
 * says who holds one, and who to ask whether releasing it is safe.
 */
@Component
class ConfidentialLocationRecords implements PersonRecords {

	private final ConfidentialLocations locations;

	private final JdbcClient jdbc;

	ConfidentialLocationRecords(ConfidentialLocations locations, JdbcClient jdbc) {
		this.locations = locations;
		this.jdbc = jdbc;
	}

	static Item held(String holder, String date) {
		return Item.forReview(InformationCategory.CONFIDENTIAL_LOCATION, holder, date,
				"A record about a confidential location is held by "
				+ holder + ". Only they can add it to the response.",
				"Confidential location: ask " + holder + " whether releasing it is safe");
	}

	@Override
	public String title() {
		return "Confidential locations";
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return locations.forSubjectAccess(personId).stream()
			.map(l -> Item.forReview(InformationCategory.CONFIDENTIAL_LOCATION, l.agencyName(), HeldDates.day(l.updatedAt()),
					"A confidential location is held by " + l.agencyName() + ". Only they can add it to the response.",
					"Confidential location: ask " + l.agencyName() + " whether releasing it is safe"))
			.toList();
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		if (!expired.contains(InformationCategory.CONFIDENTIAL_LOCATION)) {
			return;
		}
		List<String> agencies = jdbc.sql("select agency_id::text from confidential_location where person_id = ?")
			.param(personId)
			.query((rs, n) -> rs.getString("agency_id"))
			.list();
		for (String agency : agencies) {
			jdbc.sql("delete from confidential_location where person_id = ? and agency_id = cast(? as uuid)")
				.params(personId, agency).update();
			removals.removed(personId, "CONFIDENTIAL_LOCATION", agency, InformationCategory.CONFIDENTIAL_LOCATION);
		}
	}

}
