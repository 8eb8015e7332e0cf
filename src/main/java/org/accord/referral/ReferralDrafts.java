package org.accord.referral;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.accord.directory.Service;
import org.accord.directory.Services;
import org.accord.platform.web.InvalidFieldException;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.SharingAgreements;

import org.springframework.stereotype.Component;

/**
 * What a referral may carry before anything is written: an open service of another agency, a reason, and only
 * categories that an active information-sharing agreement lets the two agencies share. Each refusal names its field
 * and says why, so the form can say what cannot be shared.
 */
@Component
class ReferralDrafts {

	private final Services services;

	private final SharingAgreements agreements;

	ReferralDrafts(Services services, SharingAgreements agreements) {
		this.services = services;
		this.agreements = agreements;
	}

	/** The service the draft goes to, once every rule holds. */
	Service check(PersonAccess access, Referral.Draft d) {
		Service service = d.toServiceId() == null ? null : services.find(d.toServiceId()).filter(Service::active)
			.orElse(null);
		if (service == null) {
			throw new InvalidFieldException("toServiceId", "Choose a service from the directory that is open to referrals");
		}
		if (service.agencyId().equals(access.agencyId())) {
			throw new InvalidFieldException("toServiceId", "This service is your own agency's: refer to another agency's");
		}
		if (d.reason() == null || d.reason().isBlank()) {
			throw new InvalidFieldException("reason", "Say why you are referring: what the person needs from the service");
		}
		Set<InformationCategory> categories = d.categories() == null ? Set.of() : d.categories();
		if (!categories.contains(InformationCategory.CORE_PROFILE)) {
			throw new InvalidFieldException("categories",
					"Share at least the core profile: the service needs to know whom to contact, and how safely");
		}
		if (categories.contains(InformationCategory.CONFIDENTIAL_LOCATION)) {
			throw new InvalidFieldException("categories",
					"A confidential location is never shared: only the agency that recorded it holds it");
		}
		Set<InformationCategory> covered = agreements.coveredBetween(access.agencyId(), service.agencyId());
		Set<InformationCategory> uncovered = EnumSet.copyOf(categories);
		uncovered.removeAll(covered);
		if (!uncovered.isEmpty()) {
			throw new InvalidFieldException("categories", "No active information-sharing agreement lets your agency share "
					+ labels(uncovered) + " with " + service.agencyName() + ": untick them, or ask information governance");
		}
		if (d.checklist() != null && !d.checklist().confirmed()) {
			throw new InvalidFieldException("checklist", "Confirm each point of the checklist before you send the referral");
		}
		if (d.checklist() != null && d.checklist().interpreter() != null && d.checklist().interpreter().length() > 100) {
			throw new InvalidFieldException("interpreter", "Name the language in 100 characters or fewer");
		}
		return service;
	}

	static String labels(Set<InformationCategory> categories) {
		return categories.stream().map(c -> c.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", "));
	}

}
