package org.accord.people.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.accord.people.Person;
import org.accord.people.ProfileField;
import org.accord.people.ProfileValue;

/** The whole shared profile on one page: the person row's fields, then every profile value by its key. */
public class ProfileForm extends PersonForm {

	private int version;

	private Map<String, String> values = new LinkedHashMap<>();

	/** The form as this user may see it: a value another agency holds and does not share is left out. */
	static ProfileForm of(Person person, Map<ProfileField, ProfileValue> profile,
			org.accord.sharing.AccessDecision decision) {
		ProfileForm form = new ProfileForm();
		form.setGivenName(person.givenName());
		form.setFamilyName(person.familyName());
		LocalDate dob = person.dateOfBirth();
		if (dob != null) {
			form.setDobDay(String.valueOf(dob.getDayOfMonth()));
			form.setDobMonth(String.valueOf(dob.getMonthValue()));
			form.setDobYear(String.valueOf(dob.getYear()));
		}
		form.setGender(person.gender());
		ProfileValue postcode = profile.get(ProfileField.POSTCODE);
		form.setPostcode(postcode == null || postcode.visibleUnder(decision) ? person.postcode() : null);
		form.version = person.version();
		for (ProfileField field : ProfileField.extended()) {
			ProfileValue value = profile.get(field);
			form.values.put(field.key(), value == null || !value.visibleUnder(decision) ? "" : value.value());
		}
		return form;
	}

	public int getVersion() { return version; }
	public void setVersion(int v) { version = v; }
	public Map<String, String> getValues() { return values; }
	public void setValues(Map<String, String> v) { values = v; }

}
