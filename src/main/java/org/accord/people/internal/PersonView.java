package org.accord.people.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accord.people.ConfidentialLocations;
import org.accord.people.Involvements;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.PersonFlag;
import org.accord.people.ProfileField;
import org.accord.people.ProfileValue;
import org.accord.people.Profiles;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;

import org.springframework.stereotype.Component;

/**
 * A person's record as one caller may see it over the API. Whoever may see anything of the person sees
 * who they are (name and date of birth), so that what was shared can be read; the rest of each category
 * only as its recording agency shares it.
 */
@Component
class PersonView {

	private final People people;

	private final Profiles profiles;

	private final ConfidentialLocations locations;

	private final Involvements involvements;

	private final RecordFlags flags;

	PersonView(People people, Profiles profiles, ConfidentialLocations locations, Involvements involvements,
			RecordFlags flags) {
		this.people = people;
		this.profiles = profiles;
		this.locations = locations;
		this.involvements = involvements;
		this.flags = flags;
	}

	Map<String, Object> of(PersonAccess access) {
		Person person = people.find(access.personId()).orElseThrow();
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", person.id().toString());
		view.put("givenName", person.givenName());
		view.put("familyName", person.familyName());
		view.put("dateOfBirth", person.dateOfBirth());
		Map<ProfileField, ProfileValue> values = profiles.profile(person.id());
		if (values.containsKey(ProfileField.GENDER) && values.get(ProfileField.GENDER).visibleUnder(access.decision())) {
			view.put("gender", person.gender());
		}
		if (values.containsKey(ProfileField.POSTCODE) && values.get(ProfileField.POSTCODE).visibleUnder(access.decision())) {
			view.put("postcode", person.postcode());
		}
		if (access.canSee(InformationCategory.CONFIDENTIAL_LOCATION, access.agencyId())) {
			locations.heldBy(person.id(), access.agencyId())
				.ifPresent(address -> view.put("confidentialLocation",
						Map.of("address", address, "heldBy", access.user().agencyName())));
		}
		involvements.leadVisibleTo(access).ifPresent(lead -> view.put("leadProfessional", lead));
		Map<String, Object> profile = new LinkedHashMap<>();
		values.values().stream().filter(v -> v.visibleUnder(access.decision())).forEach(v -> {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("value", v.value());
			field.put("source", v.sourceAgencyName());
			field.put("updatedAt", v.updatedAt());
			profile.put(v.field().key(), field);
		});
		view.put("profile", profile);
		// The codes, as api-v1.md lists them, and beside them what of each flag's history this caller may see.
		List<PersonFlag> raised = flags.of(access);
		view.put("flags", raised.stream().map(PersonFlag::code).toList());
		view.put("flagDetails", raised);
		view.put("version", person.version());
		view.put("withheld", access.decision().withheldCategories());
		Map<String, String> grounds = new LinkedHashMap<>();
		access.decision().visible().forEach((category, why) -> grounds.put(category.name(), why));
		view.put("grounds", grounds);
		return view;
	}

}
