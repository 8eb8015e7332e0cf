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
public record AccessDecision(UUID personId, Map<InformationCategory, String> visible,
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

	public List<InformationCategory> withheldCategories() {
		return List.copyOf(withheld.keySet());
	}

}
