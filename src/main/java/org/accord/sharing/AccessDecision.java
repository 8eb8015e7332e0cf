package org.accord.sharing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one user may see of one person, category by category, and why: the grounds of each visible
 * category and the reason each other one is withheld.
 */
public record AccessDecision(UUID personId, UUID viewerAgencyId, Map<InformationCategory, String> visible,
		Map<InformationCategory, String> withheld) {

	public AccessDecision {
		visible = visible.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(visible));
		withheld = withheld.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(withheld));
	}

	public boolean anyVisible() {
		return !visible.isEmpty();
	}

	public boolean canSee(InformationCategory category) {
		return visible.containsKey(category);
	}

	/**
	 * Whether the user may see one record (a chronology entry, an appointment) that an agency recorded
	 * with this category: a confidential location only ever by the agency that recorded it.
	 */
	public boolean canSee(InformationCategory category, UUID recordedByAgencyId) {
		return canSee(category)
				&& (category != InformationCategory.CONFIDENTIAL_LOCATION || viewerAgencyId.equals(recordedByAgencyId));
	}

	public List<InformationCategory> withheldCategories() {
		return List.copyOf(withheld.keySet());
	}

}
