package org.accord.people.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.people.ProfileField;
import org.accord.people.Profiles;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The shared profile: each value with the agency that gave it; extended values go when their category expires. */
@Component
class ProfileRecords implements PersonRecords {

	private final Profiles profiles;

	private final JdbcClient jdbc;

	ProfileRecords(Profiles profiles, JdbcClient jdbc) {
		this.profiles = profiles;
		this.jdbc = jdbc;
	}

	@Override
	public String title() {
		return "Profile";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<Item> heldAbout(UUID personId, OtherPeople others) {
		return profiles.profile(personId).values().stream()
			.map(v -> Item.plain(v.field().category(), v.sourceAgencyName(), HeldDates.day(v.updatedAt()),
					v.field().label() + ": " + v.value()))
			.toList();
	}

	@Override
	public void removeExpired(UUID personId, Set<InformationCategory> expired, Removals removals) {
		List<ProfileField> fields = ProfileField.extended().stream().filter(f -> expired.contains(f.category())).toList();
		if (fields.isEmpty()) {
			return;
		}
		List<String> held = jdbc.sql("select field from person_field where person_id = :person and field in (:fields)")
			.param("person", personId)
			.param("fields", fields.stream().map(Enum::name).toList())
			.query((rs, n) -> rs.getString("field"))
			.list();
		for (String field : held) {
			jdbc.sql("delete from person_field where person_id = ? and field = ?").params(personId, field).update();
			removals.removed(personId, "PROFILE_FIELD", field, ProfileField.valueOf(field).category());
		}
	}

}
