package org.accord.people.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person's own subject access requests: when they asked, and how each ended. */
@Component
class SubjectAccessRequestRecords implements PersonRecords {

	private final JdbcClient jdbc;

	SubjectAccessRequestRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String title() {
		return "Subject access requests";
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return jdbc.sql("select reference, received_on, status, requester_name, on_behalf from subject_access_request "
				+ "where person_id = ? order by received_on")
			.param(personId)
			.query((rs, n) -> {
				// Who asked for her may be someone else (a solicitor): for review.
				boolean onBehalf = rs.getBoolean("on_behalf");
				return Item.forReview(InformationCategory.CORE_PROFILE, "Information governance", rs.getString("received_on"),
						rs.getString("reference") + ", asked by " + rs.getString("requester_name") + ": "
								+ rs.getString("status").toLowerCase(java.util.Locale.UK),
						onBehalf ? "Names the person who asked on their behalf" : null);
			})
			.list();
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		if (!expired.containsAll(Set.of(InformationCategory.values()))) {
			return;
		}
		List<String> ids = jdbc.sql("select id::text from subject_access_request where person_id = ?")
			.param(personId)
			.query((rs, n) -> rs.getString("id"))
			.list();
		for (String id : ids) {
			jdbc.sql("delete from subject_access_request where id = cast(? as uuid)").param(id).update();
			removals.removed(personId, "SUBJECT_ACCESS_REQUEST", id, InformationCategory.CORE_PROFILE);
		}
	}

}
