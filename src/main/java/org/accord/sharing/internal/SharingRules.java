package org.accord.sharing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.identity.Agencies;
import org.accord.platform.web.Problems;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.SharingDecision;
import org.accord.sharing.SharingGrounds;

/** The checks a consent or a sharing decision must pass, shared by the pages and the API. */
final class SharingRules {

	private SharingRules() {
	}

	static Optional<List<Problems.FieldMessage>> consentProblems(Collection<InformationCategory> categories,
			Collection<UUID> agencyIds, Collection<UUID> holderIds, Agencies agencies, LocalDate givenOn, LocalDate expiresOn,
			LocalDate today) {
		List<Problems.FieldMessage> problems = new ArrayList<>();
		if (holderIds.stream().anyMatch(a -> a == null || agencies.find(a).isEmpty())) {
			problems.add(new Problems.FieldMessage("holderAgencyIds", "must all be agencies of the partnership"));
		}
		if (categories.contains(InformationCategory.CONFIDENTIAL_LOCATION)) {
			problems.add(new Problems.FieldMessage("categories",
					"a confidential location is never shared outside the agency that holds it"));
		}
		if (agencyIds.stream().anyMatch(a -> a == null || agencies.find(a).isEmpty())) {
			problems.add(new Problems.FieldMessage("agencyIds", "must all be agencies of the partnership"));
		}
		if (givenOn != null && givenOn.isAfter(today)) {
			problems.add(new Problems.FieldMessage("givenOn", "must not be in the future"));
		}
		if (expiresOn != null && !expiresOn.isAfter(givenOn != null ? givenOn : today)) {
			problems.add(new Problems.FieldMessage("expiresOn", "must be after the day consent was given"));
		}
		return problems.isEmpty() ? Optional.empty() : Optional.of(problems);
	}

	static Optional<List<Problems.FieldMessage>> decisionProblems(SharingDecision.Kind kind, SharingGrounds grounds,
			Collection<InformationCategory> categories, UUID to, UUID from, boolean personTold, String notToldReason,
			Agencies agencies) {
		List<Problems.FieldMessage> problems = new ArrayList<>();
		if (kind == SharingDecision.Kind.SHARE && grounds == null) {
			problems.add(new Problems.FieldMessage("grounds", "sharing without consent needs its grounds"));
		}
		if (categories.contains(InformationCategory.CONFIDENTIAL_LOCATION)) {
			problems.add(new Problems.FieldMessage("categories",
					"a confidential location is never shared outside the agency that holds it"));
		}
		if (agencies.find(to).isEmpty()) {
			problems.add(new Problems.FieldMessage("agencyId", "must be an agency of the partnership"));
		}
		else if (to.equals(from)) {
			problems.add(new Problems.FieldMessage("agencyId", "must be another agency"));
		}
		if (!personTold && (notToldReason == null || notToldReason.isBlank())) {
			problems.add(new Problems.FieldMessage("notToldReason", "must say why telling the person would be unsafe"));
		}
		return problems.isEmpty() ? Optional.empty() : Optional.of(problems);
	}

}
