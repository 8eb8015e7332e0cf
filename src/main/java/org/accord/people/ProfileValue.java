package org.accord.people;

import java.time.Instant;
import java.util.UUID;

import org.accord.sharing.AccessDecision;
import org.accord.sharing.InformationCategory;

/** One field of the shared profile, with the agency that set it last and when. */
public record ProfileValue(ProfileField field, String value, UUID sourceAgencyId, String sourceAgencyName,
		Instant updatedAt) {

	/**
	 * Whether the decision shows this value: who the person is (names, date of birth) with any ground at
	 * all, so that what was shared can be read; their gender with any ground on the core profile; every
	 * other value only when its source agency's records are shared.
	 */
	public boolean visibleUnder(AccessDecision decision) {
		if (field == ProfileField.GIVEN_NAME || field == ProfileField.FAMILY_NAME || field == ProfileField.DATE_OF_BIRTH) {
			return decision.anyVisible();
		}
		if (field == ProfileField.GENDER) {
			return decision.canSee(InformationCategory.CORE_PROFILE);
		}
		return sourceAgencyId != null && decision.canSee(field.category(), sourceAgencyId);
	}

}
