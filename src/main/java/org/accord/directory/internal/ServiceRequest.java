package org.accord.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accord.directory.Address;
import org.accord.directory.GenderServed;
import org.accord.directory.NeedCategory;
import org.accord.directory.OpeningTime;
import org.accord.directory.ReferralRoute;
import org.accord.directory.ServiceDraft;

/** A service as the JSON API takes it. */
record ServiceRequest(@NotNull UUID agencyId, @NotBlank @Size(max = 200) String name,
		@Size(max = 4000) String description, @NotEmpty Set<@NotNull NeedCategory> needs,
		@Size(max = 2000) String referralCriteria, @Min(0) @Max(120) Integer minAge, @Min(0) @Max(120) Integer maxAge,
		GenderServed genderServed, Boolean acceptsChildren, @NotEmpty Set<@NotNull ReferralRoute> referralRoutes,
		@Size(max = 2000) String howToRefer, @Size(max = 40) String referralPhone,
		@Email @Size(max = 254) String referralEmail, @Min(0) @Max(3650) Integer waitingTimeDays,
		@Size(max = 500) String openingHoursNote, List<@NotBlank @Size(max = 60) String> languages,
		@Size(max = 1000) String accessibility, @Size(max = 500) String cost, @Size(max = 40) String phone,
		@Email @Size(max = 254) String email, @Size(max = 300) String website, @Valid AddressRequest address,
		Boolean addressConfidential, @Size(max = 1000) String safetyConstraints, Boolean active,
		@NotEmpty Set<@NotNull UUID> areaIds, List<@NotNull @Valid OpeningTimeRequest> openingTimes, Integer version) {

	record AddressRequest(@Size(max = 200) String line1, @Size(max = 200) String line2, @Size(max = 100) String town,
			@Size(max = 12) String postcode) {
	}

	record OpeningTimeRequest(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {
	}

	/** Rules across fields, the agency and the areas are checked by the directory, so the page and the API agree. */
	ServiceDraft toDraft() {
		Address a = address == null ? null
				: new Address(address.line1(), address.line2(), address.town(), address.postcode());
		return new ServiceDraft(agencyId, name.trim(), description, EnumSet.copyOf(needs), referralCriteria, minAge, maxAge,
				genderServed == null ? GenderServed.ANY : genderServed, Boolean.TRUE.equals(acceptsChildren),
				EnumSet.copyOf(referralRoutes), howToRefer, referralPhone, referralEmail, waitingTimeDays, openingHoursNote,
				languages == null ? List.of() : languages, accessibility, cost, phone, email, website, a,
				Boolean.TRUE.equals(addressConfidential), safetyConstraints, active == null || active, null, null, areaIds,
				openingTimes == null ? List.of()
						: openingTimes.stream().map(t -> new OpeningTime(t.day(), t.opens(), t.closes())).toList());
	}

}
