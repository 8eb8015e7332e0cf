package org.accord.interop.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.accord.people.ProfileField;
import org.accord.sharing.InformationCategory;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;

/**
 * The person's side of a referral Bundle: the Patient, holding only what the caller let go out, and the consent
 * the referral was sent with.
 */
final class PersonResources {

	static final String PERSON_SYSTEM = "urn:accord:person";

	/** Our information categories, as the consent's provision names the classes of data it shares. */
	static final String CATEGORY_SYSTEM = "urn:accord:information-category";

	private static final String YES = "Yes";

	private PersonResources() {
	}

	/**
	 * Name, date of birth and gender where present; a phone, email or postcode only with the safe way to use it.
	 * A number is safe only with its instructions (safe times, code word), which an R4 Patient has no place for:
	 * so a phone goes out only where calling or texting is safe (as {@code sms} when only texting is), an email
	 * only where emailing is, a postcode only where letters or visits are. Nothing else of the profile goes out:
	 * the rest needs UK Core extensions, and a confidential location is never part of it.
	 */
	static Patient patient(UUID personId, Map<ProfileField, String> shared) {
		Patient patient = new Patient();
		patient.setId(personId.toString());
		patient.addIdentifier(new Identifier().setSystem(PERSON_SYSTEM).setValue(personId.toString()));
		String given = shared.get(ProfileField.GIVEN_NAME);
		String family = shared.get(ProfileField.FAMILY_NAME);
		if (given != null || family != null) {
			HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(family);
			if (given != null) {
				name.addGiven(given);
			}
		}
		if (shared.get(ProfileField.DATE_OF_BIRTH) != null) {
			patient.setBirthDateElement(new DateType(shared.get(ProfileField.DATE_OF_BIRTH)));
		}
		if (shared.get(ProfileField.GENDER) != null) {
			patient.setGender(gender(shared.get(ProfileField.GENDER)));
		}
		boolean call = YES.equals(shared.get(ProfileField.SAFE_TO_PHONE));
		boolean text = YES.equals(shared.get(ProfileField.SAFE_TO_TEXT));
		if (shared.get(ProfileField.PHONE) != null && (call || text)) {
			patient.addTelecom().setSystem(call ? ContactPoint.ContactPointSystem.PHONE : ContactPoint.ContactPointSystem.SMS)
				.setValue(shared.get(ProfileField.PHONE));
		}
		if (shared.get(ProfileField.EMAIL) != null && YES.equals(shared.get(ProfileField.SAFE_TO_EMAIL))) {
			patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(shared.get(ProfileField.EMAIL));
		}
		if (shared.get(ProfileField.POSTCODE) != null && (YES.equals(shared.get(ProfileField.SAFE_TO_WRITE))
				|| YES.equals(shared.get(ProfileField.SAFE_TO_VISIT)))) {
			patient.addAddress(new Address().setPostalCode(shared.get(ProfileField.POSTCODE)));
		}
		return patient;
	}

	/**
	 * Gender is recorded in the person's own words; FHIR's administrative gender has four codes, so only the plain
	 * words map to female or male, a refusal to unknown, and anything else to other.
	 */
	static Enumerations.AdministrativeGender gender(String words) {
		return switch (words.strip().toLowerCase(Locale.UK)) {
			case "female", "woman", "f" -> Enumerations.AdministrativeGender.FEMALE;
			case "male", "man", "m" -> Enumerations.AdministrativeGender.MALE;
			case "prefer not to say", "not known", "unknown" -> Enumerations.AdministrativeGender.UNKNOWN;
			default -> Enumerations.AdministrativeGender.OTHER;
		};
	}

	/**
	 * The person's consent to the referral: active until withdrawn or expired; a privacy consent (LOINC's
	 * "Consent Document") given by the person, held by the agency that recorded it, and permitting the categories
	 * it names to go to each recipient agency.
	 */
	static org.hl7.fhir.r4.model.Consent consent(org.accord.sharing.Consent c, UUID personId, LocalDate today) {
		var consent = new org.hl7.fhir.r4.model.Consent();
		consent.setId(c.id().toString());
		consent.setStatus(c.active(today) ? org.hl7.fhir.r4.model.Consent.ConsentState.ACTIVE
				: org.hl7.fhir.r4.model.Consent.ConsentState.INACTIVE);
		consent.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
				"patient-privacy", "Privacy Consent")));
		consent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Consent Document")));
		consent.setPatient(ReferralBundles.ref(personId, null));
		if (c.givenOn() != null) {
			consent.setDateTimeElement(new DateTimeType(c.givenOn().toString()));
		}
		consent.addPerformer(ReferralBundles.ref(personId, null));
		consent.addOrganization(ReferralBundles.ref(c.recordedByAgencyId(), c.recordedByAgencyName()));
		// ppc-1 wants a policy: the person opted in to this sharing.
		consent.setPolicyRule(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN",
				"opt-in")).setText(c.purpose()));
		var provision = consent.getProvision();
		provision.setType(org.hl7.fhir.r4.model.Consent.ConsentProvisionType.PERMIT);
		Period period = new Period();
		if (c.givenOn() != null) {
			period.setStartElement(new DateTimeType(c.givenOn().toString()));
		}
		if (c.expiresOn() != null) {
			period.setEndElement(new DateTimeType(c.expiresOn().toString()));
		}
		provision.setPeriod(period.isEmpty() ? null : period);
		for (var recipient : c.recipients()) {
			provision.addActor()
				.setRole(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
						"IRCP", "information recipient")))
				.setReference(ReferralBundles.ref(recipient.agencyId(), recipient.agencyName()));
		}
		for (InformationCategory category : c.categories()) {
			provision.addClass_(new Coding(CATEGORY_SYSTEM, category.name(), category.label()));
		}
		return consent;
	}

}
