package org.accord.interop.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.accord.identity.Agency;
import org.accord.people.ProfileField;
import org.accord.referral.Referral;
import org.accord.referral.ReferralStatus;
import org.accord.sharing.Consent;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;

import org.springframework.stereotype.Component;

/**
 * A referral as a FHIR R4 Bundle of type collection: the ServiceRequest (the referral itself), the Task (the
 * receiving service's work on it, on the referral statuses of the HL7 Gravity SDOH Clinical Care guide), the
 * Patient, the Organizations and the Consent it went with. Entries are addressed by urn:uuid full URLs, so the
 * Bundle stands alone outside Accord; each resource keeps its Accord id, so a second export names the same things.
 */
@Component
public class ReferralBundles {

	/** Our systems for our own identifiers: URNs, because Accord has no public base URL to resolve them against. */
	static final String REFERRAL_SYSTEM = "urn:accord:referral";

	static final String AGENCY_SYSTEM = "urn:accord:agency";

	static final TimeZone ZONE = TimeZone.getTimeZone("Europe/London");

	/** What goes into one Bundle: the caller decided what of the person may go out ({@code patient}). */
	public record Contents(Referral referral, UUID personId, Map<ProfileField, String> patient, Consent consent,
			Map<UUID, Agency> agencies, Instant now, LocalDate today) {
	}

	public Bundle bundle(Contents c) {
		Referral r = c.referral();
		Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
		bundle.setTimestamp(Date.from(c.now()));
		ServiceRequest request = serviceRequest(r, c.personId(), c.consent());
		add(bundle, request);
		add(bundle, task(r, c.personId()));
		add(bundle, PersonResources.patient(c.personId(), c.patient()));
		Set<UUID> named = new LinkedHashSet<>(List.of(r.fromAgencyId(), r.toAgencyId()));
		if (c.consent() != null) {
			add(bundle, PersonResources.consent(c.consent(), c.personId(), c.today()));
			named.add(c.consent().recordedByAgencyId());
			c.consent().recipients().forEach(recipient -> named.add(recipient.agencyId()));
		}
		for (UUID agency : named) {
			add(bundle, organization(agency, c.agencies().get(agency), fallbackName(agency, r, c.consent())));
		}
		return bundle;
	}

	/** SENT, RECEIVED and ACCEPTED are all a request still in force; declined and withdrawn ones are revoked. */
	static ServiceRequest.ServiceRequestStatus requestStatus(ReferralStatus status) {
		return switch (status) {
			case DRAFT -> ServiceRequest.ServiceRequestStatus.DRAFT;
			case SENT, RECEIVED, ACCEPTED -> ServiceRequest.ServiceRequestStatus.ACTIVE;
			case DECLINED, WITHDRAWN -> ServiceRequest.ServiceRequestStatus.REVOKED;
			case COMPLETED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
		};
	}

	/** The Gravity referral Task statuses, one for one with our loop. */
	static Task.TaskStatus taskStatus(ReferralStatus status) {
		return switch (status) {
			case DRAFT -> Task.TaskStatus.DRAFT;
			case SENT -> Task.TaskStatus.REQUESTED;
			case RECEIVED -> Task.TaskStatus.RECEIVED;
			case ACCEPTED -> Task.TaskStatus.ACCEPTED;
			case DECLINED -> Task.TaskStatus.REJECTED;
			case WITHDRAWN -> Task.TaskStatus.CANCELLED;
			case COMPLETED -> Task.TaskStatus.COMPLETED;
		};
	}

	private static ServiceRequest serviceRequest(Referral r, UUID personId, Consent consent) {
		ServiceRequest request = new ServiceRequest();
		request.setId(r.id().toString());
		request.addIdentifier(new Identifier().setSystem(REFERRAL_SYSTEM).setValue(r.id().toString()));
		request.setStatus(requestStatus(r.status()));
		request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		request.setCode(new CodeableConcept().setText(r.toServiceName()));
		request.setSubject(ref(personId, null));
		request.setAuthoredOnElement(dateTime(r.createdAt()));
		request.setRequester(ref(r.fromAgencyId(), r.fromAgencyName()));
		request.addPerformer(ref(r.toAgencyId(), r.toAgencyName()));
		request.addReasonCode(new CodeableConcept().setText(r.reason()));
		if (consent != null) {
			request.addSupportingInfo(ref(consent.id(), "Consent to this referral"));
		}
		return request;
	}

	private static Task task(Referral r, UUID personId) {
		Task task = new Task();
		task.setId(taskId(r.id()).toString());
		task.setStatus(taskStatus(r.status()));
		task.setIntent(Task.TaskIntent.ORDER);
		task.setFocus(ref(r.id(), "Referral to " + r.toServiceName()));
		task.setFor(ref(personId, null));
		task.setAuthoredOnElement(dateTime(r.createdAt()));
		// Task's inv-1: last modified is never before authored on, whatever the clocks of the steps said.
		Instant last = r.history().stream().map(Referral.Step::at).filter(at -> at.isAfter(r.createdAt()))
			.reduce((a, b) -> b.isAfter(a) ? b : a).orElse(r.createdAt());
		task.setLastModifiedElement(dateTime(last));
		task.setRequester(ref(r.fromAgencyId(), r.fromAgencyName()));
		task.setOwner(ref(r.toAgencyId(), r.toAgencyName()));
		if (r.respondBy() != null) {
			task.setRestriction(new Task.TaskRestrictionComponent()
				.setPeriod(new Period().setEndElement(new DateTimeType(r.respondBy().toString()))));
		}
		Referral.Step closing = r.history().isEmpty() ? null : r.history().get(r.history().size() - 1);
		if (r.status() == ReferralStatus.DECLINED && r.declineReason() != null) {
			task.setStatusReason(new CodeableConcept().setText(r.declineReason().label()));
		}
		if (r.status() == ReferralStatus.WITHDRAWN && closing != null && closing.detail() != null) {
			task.setStatusReason(new CodeableConcept().setText(closing.detail()));
		}
		if (r.status() == ReferralStatus.COMPLETED && r.outcome() != null) {
			task.addOutput().setType(new CodeableConcept().setText("Outcome"))
				.setValue(new CodeableConcept().setText(r.outcome().label()));
		}
		// The receiving service's words on each step, which both agencies already read in the referral's history.
		for (Referral.Step step : r.history()) {
			if (step.detail() != null && !step.detail().isBlank()) {
				Annotation note = new Annotation().setText(step.status().label() + ": " + step.detail());
				note.setTimeElement(dateTime(step.at()));
				if (step.byAgencyName() != null) {
					note.setAuthor(new StringType(step.byAgencyName()));
				}
				task.addNote(note);
			}
		}
		return task;
	}

	private static Organization organization(UUID id, Agency agency, String fallbackName) {
		Organization organization = new Organization();
		organization.setId(id.toString());
		organization.addIdentifier(new Identifier().setSystem(AGENCY_SYSTEM).setValue(id.toString()));
		organization.setName(agency == null ? fallbackName : agency.name());
		if (agency != null) {
			organization.setActive(agency.enabled());
			organization.addType(new CodeableConcept().setText(agency.type().label()));
		}
		return organization;
	}

	private static String fallbackName(UUID agency, Referral r, Consent consent) {
		if (agency.equals(r.fromAgencyId())) {
			return r.fromAgencyName();
		}
		if (agency.equals(r.toAgencyId())) {
			return r.toAgencyName();
		}
		if (consent != null && agency.equals(consent.recordedByAgencyId())) {
			return consent.recordedByAgencyName();
		}
		return consent == null ? null : consent.recipients().stream().filter(x -> x.agencyId().equals(agency))
			.map(Consent.Recipient::agencyName).findFirst().orElse(null);
	}

	/** The Task has no id of its own in Accord: one derived from the referral's keeps it the same on every export. */
	static UUID taskId(UUID referralId) {
		return UUID.nameUUIDFromBytes(("accord:referral-task:" + referralId).getBytes(StandardCharsets.UTF_8));
	}

	static Reference ref(UUID id, String display) {
		Reference reference = new Reference("urn:uuid:" + id);
		return display == null ? reference : reference.setDisplay(display);
	}

	static DateTimeType dateTime(Instant at) {
		return new DateTimeType(Date.from(at), TemporalPrecisionEnum.SECOND, ZONE);
	}

	private static void add(Bundle bundle, Resource resource) {
		bundle.addEntry().setFullUrl("urn:uuid:" + resource.getIdElement().getIdPart()).setResource(resource);
	}

}
