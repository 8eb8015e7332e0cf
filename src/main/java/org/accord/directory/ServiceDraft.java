package org.accord.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What is needed to create or change a service; validated by the directory before it is written. */
public record ServiceDraft(UUID agencyId, String name, String description, Set<NeedCategory> needs,
		String referralCriteria, Integer minAge, Integer maxAge, GenderServed genderServed, boolean acceptsChildren,
		Set<ReferralRoute> referralRoutes, String howToRefer, String referralPhone, String referralEmail,
		Integer waitingTimeDays, String openingHoursNote, List<String> languages, String accessibility, String cost,
		String phone, String email, String website, Address address, boolean addressConfidential,
		String safetyConstraints, boolean active, UUID ownerUserId, LocalDate lastVerifiedOn, Set<UUID> areaIds,
		List<OpeningTime> openingTimes) {

	/** The same draft, owned by {@code owner}: who owns an entry is the directory's to decide, not the form's. */
	public ServiceDraft ownedBy(UUID owner) {
		return new ServiceDraft(agencyId, name, description, needs, referralCriteria, minAge, maxAge, genderServed,
				acceptsChildren, referralRoutes, howToRefer, referralPhone, referralEmail, waitingTimeDays, openingHoursNote,
				languages, accessibility, cost, phone, email, website, address, addressConfidential, safetyConstraints, active,
				owner, lastVerifiedOn, areaIds, openingTimes);
	}

}
