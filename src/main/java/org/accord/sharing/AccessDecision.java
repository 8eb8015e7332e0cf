package org.accord.sharing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one user may see of one person, category by category, and why: the grounds of each visible
 * category, whose records in it the user may see, and the reason each other category is withheld.
 *
 * <p>A category is visible when any ground covers it. The person index itself (names, date of birth,
 * gender) is visible with any ground on the core profile; every other record is visible only when its
 * recording agency is among the category's {@code sources}.
 */
public record AccessDecision(UUID personId, UUID viewerAgencyId, Map<InformationCategory, String> visible,
		Map<InformationCategory, Set<UUID>> sources, Map<InformationCategory, String> withheld) {

	public AccessDecision {
		visible = visible.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(visible));
		sources = sources.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(sources));
		withheld = withheld.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(withheld));
	}

	public boolean anyVisible() {
		return !visible.isEmpty();
	}

	/** Whether anything of the category is visible; for the person index, whether it is visible at all. */
	public boolean canSee(InformationCategory category) {
		return visible.containsKey(category);
	}

	/**
	 * Whether the user may see one record (a profile field, a chronology entry, an appointment) that an
	 * agency recorded with this category. A confidential location only ever by the agency that recorded it.
	 */
	public boolean canSee(InformationCategory category, UUID recordedByAgencyId) {
		if (category == InformationCategory.CONFIDENTIAL_LOCATION && !viewerAgencyId.equals(recordedByAgencyId)) {
			return false;
		}
		return sources.getOrDefault(category, Set.of()).contains(recordedByAgencyId);
	}

	public List<InformationCategory> withheldCategories() {
		return List.copyOf(withheld.keySet());
	}

}
