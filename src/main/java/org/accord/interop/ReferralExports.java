package org.accord.interop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.interop.internal.ReferralBundles;
import org.accord.people.People;
import org.accord.people.ProfileField;
import org.accord.people.Profiles;
import org.accord.platform.security.AccordPrincipal;
import org.accord.referral.Referral;
import org.accord.referral.Referrals;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.Consent;
import org.accord.sharing.Consents;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.Purpose;
import org.hl7.fhir.r4.model.Bundle;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral as an HL7 FHIR R4 Bundle, for another system of one of its two agencies. It is a copy leaving
 * Accord, so the person is opened for export (the policy's decision is audited as EXPORT) and the export itself
 * is audited with the fields that went out; the person goes out only as far as the referral shared them and the
 * user may see them.
 */
@Component
public class ReferralExports {

	private final Referrals referrals;

	private final AccessPolicy policy;

	private final People people;

	private final Profiles profiles;

	private final Consents consents;

	private final Agencies agencies;

	private final ReferralBundles bundles;

	private final AuditLog audit;

	private final Clock clock;

	ReferralExports(Referrals referrals, AccessPolicy policy, People people, Profiles profiles, Consents consents,
			Agencies agencies, ReferralBundles bundles, AuditLog audit, Clock clock) {
		this.referrals = referrals;
		this.policy = policy;
		this.people = people;
		this.profiles = profiles;
		this.consents = consents;
		this.agencies = agencies;
		this.bundles = bundles;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The Bundle for one of the referral's two agencies or information governance; anyone else learns nothing
	 * (404), as when reading the referral, and the recipient's first export marks it received just as a look does.
	 */
	@Transactional
	public Bundle bundle(AccordPrincipal user, UUID id) {
		Referral referral = referrals.open(user, id);
		UUID personId = people.mergedInto(referral.personId()).orElse(referral.personId());
		// Governance answers for a referral without grounds on the person: it opens them as governance, as Referrals does.
		boolean party = user.caseworker() && (user.agencyId().equals(referral.fromAgencyId())
				|| user.agencyId().equals(referral.toAgencyId()));
		PersonAccess access = policy.open(user, personId, party ? Purpose.EXPORT : Purpose.GOVERNANCE, false);
		Map<ProfileField, String> patient = shared(access, referral);
		Consent consent = referral.consentId() == null ? null : consents.find(referral.consentId()).orElse(null);
		Bundle bundle = bundles.bundle(new ReferralBundles.Contents(referral, personId, patient, consent,
				organizations(referral, consent), clock.instant(), LocalDate.now(clock)));
		audit.record(AuditEvent.of(Purpose.EXPORT.name(), "REFERRAL", id).person(personId)
			.detail("FHIR R4 bundle; patient: " + patient.keySet().stream().map(ProfileField::key)
				.collect(Collectors.joining(", ")) + (consent == null ? "" : "; with its consent")));
		return bundle;
	}

	/**
	 * The profile values the referral shared (a ticked category) that the user may see. Without any ground on the
	 * person (governance), the name only, where the policy lets the user name them.
	 */
	private Map<ProfileField, String> shared(PersonAccess access, Referral referral) {
		Map<ProfileField, String> shared = new EnumMap<>(ProfileField.class);
		if (!access.decision().anyVisible()) {
			if (referral.personName() != null) {
				people.find(access.personId()).ifPresent(p -> {
					shared.put(ProfileField.GIVEN_NAME, p.givenName());
					shared.put(ProfileField.FAMILY_NAME, p.familyName());
				});
			}
			return shared;
		}
		profiles.profile(access.personId()).values().stream()
			.filter(v -> referral.categories().contains(v.field().category()) && v.visibleUnder(access.decision()))
			.forEach(v -> shared.put(v.field(), v.value()));
		return shared;
	}

	/** Every agency the Bundle names: the two of the referral, and whoever recorded the consent and receives it. */
	private Map<UUID, Agency> organizations(Referral referral, Consent consent) {
		Map<UUID, Agency> named = new LinkedHashMap<>();
		agencies.find(referral.fromAgencyId()).ifPresent(a -> named.put(a.id(), a));
		agencies.find(referral.toAgencyId()).ifPresent(a -> named.put(a.id(), a));
		if (consent != null) {
			agencies.find(consent.recordedByAgencyId()).ifPresent(a -> named.putIfAbsent(a.id(), a));
			consent.recipients().forEach(r -> agencies.find(r.agencyId()).ifPresent(a -> named.putIfAbsent(a.id(), a)));
		}
		return named;
	}

}
