package org.accord.directory.internal;

import java.time.LocalDate;
import java.util.List;

import org.accord.directory.Address;
import org.accord.directory.Area;
import org.accord.directory.OpeningTime;
import org.accord.directory.ReferralRoute;
import org.accord.directory.Service;

/** A service in the JSON API, as the caller may see it (no confidential address outside its agency). */
record ServiceView(String id, String name, String agencyId, String agencyName, String description, List<String> needs,
		List<AreaView> areas, HowToRefer howToRefer, String referralCriteria, Integer minAge, Integer maxAge,
		String genderServed, boolean acceptsChildren, Integer waitingTimeDays, List<OpeningTime> openingTimes,
		String openingHoursNote, List<String> languages, String accessibility, String cost, String phone, String email,
		String website, Address address, boolean addressConfidential, boolean addressWithheld, String safetyConstraints,
		boolean active, String capacity, LocalDate capacityOn, LocalDate lastVerifiedOn, int version) {

	record AreaView(String id, String code, String name) {
	}

	record HowToRefer(List<String> routes, String instructions, String phone, String email) {
	}

	static ServiceView of(Service s) {
		return new ServiceView(s.id().toString(), s.name(), s.agencyId().toString(), s.agencyName(), s.description(),
				s.needs().stream().map(Enum::name).sorted().toList(),
				s.areas().stream().map(ServiceView::area).toList(),
				new HowToRefer(s.referralRoutes().stream().map(ReferralRoute::name).sorted().toList(), s.howToRefer(),
						s.referralPhone(), s.referralEmail()),
				s.referralCriteria(), s.minAge(), s.maxAge(), s.genderServed().name(), s.acceptsChildren(),
				s.waitingTimeDays(), s.openingTimes(), s.openingHoursNote(), s.languages(), s.accessibility(), s.cost(),
				s.phone(), s.email(), s.website(), s.address(), s.addressConfidential(), s.addressWithheld(),
				s.safetyConstraints(), s.active(), s.capacity() == null ? null : s.capacity().name(), s.capacityOn(),
				s.lastVerifiedOn(), s.version());
	}

	private static AreaView area(Area a) {
		return new AreaView(a.id().toString(), a.code(), a.name());
	}

}
