package org.accord.sharing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision's own rules, without Spring: per category and recording agency, and the confidential location's absolute rule. */
class AccessDecisionTest {

	static final UUID MINE = UUID.randomUUID();

	static final UUID OTHER = UUID.randomUUID();

	@Test
	void aRecordIsVisibleOnlyWhenItsAgencyIsAmongTheSourcesOfItsCategory() {
		AccessDecision decision = decision(Map.of(InformationCategory.RISK, Set.of(OTHER)));
		assertThat(decision.canSee(InformationCategory.RISK, OTHER)).isTrue();
		assertThat(decision.canSee(InformationCategory.RISK, MINE)).isFalse();
		assertThat(decision.canSee(InformationCategory.MENTAL_HEALTH, OTHER)).isFalse();
		assertThat(decision.canSee(InformationCategory.RISK)).isTrue();
		assertThat(decision.anyVisible()).as("anything visible: the person's identity travels with it").isTrue();
	}

	@Test
	void aConfidentialLocationIsSeenOnlyByTheAgencyThatRecordedItWhateverTheSources() {
		AccessDecision decision = decision(Map.of(InformationCategory.CONFIDENTIAL_LOCATION, Set.of(MINE, OTHER)));
		assertThat(decision.canSee(InformationCategory.CONFIDENTIAL_LOCATION, MINE)).isTrue();
		assertThat(decision.canSee(InformationCategory.CONFIDENTIAL_LOCATION, OTHER)).isFalse();
	}

	@Test
	void nothingVisibleMeansThePersonIsUnknown() {
		AccessDecision decision = decision(Map.of());
		assertThat(decision.anyVisible()).isFalse();
		assertThat(decision.withheldCategories()).containsExactlyInAnyOrder(InformationCategory.values());
	}

	@Test
	void aPersonAccessRefusesWritesWithoutACurrentInvolvement() {
		var user = new org.accord.platform.security.AccordPrincipal(UUID.randomUUID(), "u", "U", MINE, "Mine",
				Set.of(org.accord.platform.security.Role.PRACTITIONER));
		PersonAccess reading = new PersonAccess(UUID.randomUUID(), user, Purpose.VIEW, decision(Map.of()), false);
		org.assertj.core.api.Assertions.assertThatThrownBy(reading::requireWrite)
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		PersonAccess writing = new PersonAccess(UUID.randomUUID(), user, Purpose.CHANGE, decision(Map.of()), true);
		assertThat(writing.requireWrite()).isSameAs(writing);
	}

	private static AccessDecision decision(Map<InformationCategory, Set<UUID>> sources) {
		Map<InformationCategory, String> visible = new EnumMap<>(InformationCategory.class);
		Map<InformationCategory, String> withheld = new EnumMap<>(InformationCategory.class);
		for (InformationCategory c : InformationCategory.values()) {
			if (sources.containsKey(c)) {
				visible.put(c, "because");
			}
			else {
				withheld.put(c, "not");
			}
		}
		return new AccessDecision(UUID.randomUUID(), MINE, visible, sources, withheld);
	}

}
