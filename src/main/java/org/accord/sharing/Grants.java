package org.accord.sharing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the grounds found so far give, category by category, while the policy decides. */
final class Grants {

	final Map<InformationCategory, List<String>> grounds = new EnumMap<>(InformationCategory.class);

	final Map<InformationCategory, Set<UUID>> sources = new EnumMap<>(InformationCategory.class);

	final Map<InformationCategory, String> refusals = new EnumMap<>(InformationCategory.class);

	void grant(InformationCategory category, String why, Set<UUID> agencies) {
		List<String> reasons = grounds.computeIfAbsent(category, c -> new ArrayList<>());
		if (!reasons.contains(why)) {
			reasons.add(why);
		}
		sources.computeIfAbsent(category, c -> new HashSet<>()).addAll(agencies);
	}

	void refuse(InformationCategory category, String why) {
		refusals.putIfAbsent(category, why);
	}

	boolean has(InformationCategory category) {
		return grounds.containsKey(category);
	}

}
