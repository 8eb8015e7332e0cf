package org.accord.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A service in the directory, as one viewer may see it. A confidential address (a refuge) is held
 * back from everyone outside the service's own agency: {@link #address()} is then null and
 * {@link #addressWithheld()} true, so a page can say "confidential — contact the service".
 */
public record Service(UUID id, UUID agencyId, String agencyName, String name, String description,
		Set<NeedCategory> needs, String referralCriteria, Integer minAge, Integer maxAge, GenderServed genderServed,
		boolean acceptsChildren, Set<ReferralRoute> referralRoutes, String howToRefer, String referralPhone,
		String referralEmail, Integer waitingTimeDays, String openingHoursNote, List<String> languages,
		String accessibility, String cost, String phone, String email, String website, Address address,
		boolean addressConfidential, boolean addressWithheld, String safetyConstraints, boolean active,
		Capacity capacity, LocalDate capacityOn, UUID ownerUserId, LocalDate lastVerifiedOn, List<Area> areas,
		List<OpeningTime> openingTimes, Instant updatedAt, int version) {

	/** The same service as a user of {@code viewerAgencyId} may see it. */
	public Service forViewer(UUID viewerAgencyId) {
		if (!addressConfidential || agencyId.equals(viewerAgencyId)) {
			return this;
		}
		return new Service(id, agencyId, agencyName, name, description, needs, referralCriteria, minAge, maxAge,
				genderServed, acceptsChildren, referralRoutes, howToRefer, referralPhone, referralEmail,
				waitingTimeDays, openingHoursNote, languages, accessibility, cost, phone, email, website, null,
				addressConfidential, true, safetyConstraints, active, capacity, capacityOn, ownerUserId, lastVerifiedOn,
				areas, openingTimes, updatedAt, version);
	}

	/** For exports that leave the partnership's own pages: a confidential address is never in them. */
	public Service withoutConfidentialAddress() {
		return addressConfidential ? forViewer(null) : this;
	}

	/** Whether its agency said what room it has recently enough to trust: within a month. */
	public boolean capacityCurrent(LocalDate today) {
		return capacity != null && !capacityOn.isBefore(today.minusMonths(1));
	}

	public String ageRange() {
		if (minAge == null && maxAge == null) {
			return "Any age";
		}
		if (maxAge == null) {
			return minAge + " and over";
		}
		return minAge == null ? "Up to " + maxAge : minAge + " to " + maxAge;
	}

}
