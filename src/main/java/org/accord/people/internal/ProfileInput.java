package org.accord.people.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.accord.people.ProfileField;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.Problems;
import org.accord.sharing.AccessDecision;

/** Profile values sent by a form or the API, checked field by field before anything is written. */
final class ProfileInput {

	private ProfileInput() {
	}

	/**
	 * Refuses a change to a value the caller cannot see: it was recorded by an agency that does not share
	 * it with them, and overwriting it blind would lose it.
	 */
	static void refuseHidden(java.util.Set<ProfileField> fields, Map<ProfileField, org.accord.people.ProfileValue> current,
			AccessDecision decision, String prefix) {
		List<Problems.FieldMessage> problems = new ArrayList<>();
		for (ProfileField field : fields) {
			var value = current.get(field);
			if (value != null && !value.visibleUnder(decision)) {
				problems.add(new Problems.FieldMessage(prefix + field.key(),
						"is held by " + value.sourceAgencyName() + " and not shared with you; ask them to change it"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * The values by field, or an error naming every bad field as {@code prefix + key}: unknown fields,
	 * values that do not fit, and fields of a category the caller may not change.
	 */
	static Map<ProfileField, String> parse(Map<String, String> raw, String prefix, AccessDecision decision) {
		Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
		List<Problems.FieldMessage> problems = new ArrayList<>();
		if (raw == null) {
			return values;
		}
		raw.forEach((key, value) -> {
			var field = ProfileField.byKey(key).filter(f -> !f.onPersonRow());
			if (field.isEmpty()) {
				problems.add(new Problems.FieldMessage(prefix + key, "is not a profile field"));
				return;
			}
			if (decision != null && !decision.canSee(field.get().category())) {
				problems.add(new Problems.FieldMessage(prefix + key,
						"you may not change " + field.get().category().label().toLowerCase()));
				return;
			}
			field.get().problemWith(value)
				.ifPresentOrElse(message -> problems.add(new Problems.FieldMessage(prefix + key, message)),
					() -> values.put(field.get(), value));
		});
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return values;
	}

}
