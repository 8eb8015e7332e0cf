package org.accord.interop;

import java.util.List;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.accord.support.Demo;
import org.accord.support.Http;
import org.accord.support.IntegrationTest;
import org.accord.support.Json;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral as an HL7 FHIR R4 Bundle, round its loop: valid against the R4 base profiles and terminologies at
 * every step, its Task on the Gravity referral statuses, and its Patient holding only the ticked categories the
 * reader may see. Only the two agencies and information governance get it.
 */
@IntegrationTest
class ReferralFhirTests {

	static final FhirContext FHIR = FhirContext.forR4();

	/** Built once: its first validation loads the R4 definitions and takes seconds, the next ones milliseconds. */
	static FhirValidator validator;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	Http http;

	String drugworker;

	String idva;

	String idvaService;

	@BeforeAll
	static void validator() {
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
				new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR),
				new SnapshotGeneratingValidationSupport(FHIR));
		validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
	}

	@BeforeEach
	void setUp() {
		http = new Http(port);
		drugworker = http.token("drugworker");
		idva = http.token("idva");
		idvaService = jdbc.sql("select id::text from service where name = 'Safer Futures IDVA service'").query(String.class)
			.single();
	}

	@Test
	void theBundleFollowsTheReferralRoundItsLoopAndHoldsOnlyWhatWasShared() {
		String person = person("Fenna");
		String id = referral(person, "CORE_PROFILE", "SUBSTANCE_USE");

		Bundle sent = bundle(id, drugworker);
		assertThat(task(sent).getStatus()).as("before the recipient looks").isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(one(sent, ServiceRequest.class).getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
		Bundle governance = bundle(id, http.token("ig"));
		assertThat(task(governance).getStatus()).as("governance reads without receiving it")
			.isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(one(governance, Patient.class).getNameFirstRep().getFamily()).as("governance may name the person")
			.isEqualTo("Fhirtest");
		assertThat(one(governance, Patient.class).hasBirthDate()).as("and has no grounds on their record").isFalse();
		assertThat(jdbc.sql("""
				select count(*) from audit_event where username = 'drugworker' and action = 'EXPORT'
				  and ((entity_type = 'PERSON' and person_id = cast(? as uuid)) or (entity_type = 'REFERRAL' and entity_id = ?))""")
			.params(person, id).query(Integer.class).single()).as("the policy's EXPORT decision and the export itself")
			.isEqualTo(2);
		for (String outsider : List.of("police", "cpn", "housing", "admin")) {
			assertThat(http.get("/api/v1/referrals/" + id + "/fhir", http.token(outsider)).status()).as(outsider)
				.isEqualTo(404);
		}

		Bundle received = bundle(id, idva);
		assertThat(task(received).getStatus()).as("the recipient's first look").isEqualTo(Task.TaskStatus.RECEIVED);
		for (Bundle b : List.of(sent, received)) {
			Patient patient = one(b, Patient.class);
			assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Fenna");
			assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Fhirtest");
			assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1991-03-04");
			assertThat(patient.getGender().toCode()).isEqualTo("female");
			assertThat(patient.getTelecom()).as("contact details were not ticked").isEmpty();
			assertThat(patient.getAddress()).isEmpty();
		}
		String json = http.get("/api/v1/referrals/" + id + "/fhir", drugworker).body();
		assertThat(json).as("the referrer sees them, but they were not shared").doesNotContain("07700 900 321")
			.doesNotContain("NS1 4FH").doesNotContain("Magpie").doesNotContain("Drinking canary");

		ServiceRequest request = one(received, ServiceRequest.class);
		assertThat(request.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
		assertThat(request.getReasonCodeFirstRep().getText()).isEqualTo("She wants support to stay safe");
		assertThat(request.getIdentifierFirstRep().getValue()).isEqualTo(id);
		assertThat(request.getRequester().getReference()).isEqualTo(fullUrl(received, Organization.class,
				"Northshire Family Alcohol Service"));
		assertThat(request.getPerformerFirstRep().getReference()).isEqualTo(fullUrl(received, Organization.class,
				"Safer Futures"));
		assertThat(task(received).getFocus().getReference()).isEqualTo(fullUrl(received, ServiceRequest.class, null));
		Consent consent = one(received, Consent.class);
		assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
		assertThat(consent.getProvision().getClass_()).extracting(c -> c.getCode())
			.containsExactlyInAnyOrder("CORE_PROFILE", "SUBSTANCE_USE");

		assertThat(http.postJson("/api/v1/referrals/" + id + "/accept", "{}", idva).status()).isEqualTo(200);
		assertThat(task(bundle(id, idva)).getStatus()).isEqualTo(Task.TaskStatus.ACCEPTED);
		assertThat(task(bundle(id, drugworker)).getStatus()).isEqualTo(Task.TaskStatus.ACCEPTED);
		var completed = http.postJson("/api/v1/referrals/" + id + "/complete", Json.of("outcome", "GOT_HELP", "note",
				"Safety plan in place"), idva);
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		Bundle done = bundle(id, drugworker);
		assertThat(task(done).getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(((org.hl7.fhir.r4.model.CodeableConcept) task(done).getOutputFirstRep().getValue()).getText())
			.isEqualTo("Got the help they were referred for");
		assertThat(task(done).getNote()).extracting(n -> n.getText()).contains("Completed: Safety plan in place");
		assertThat(one(done, ServiceRequest.class).getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
		assertThat(task(done).getLastModifiedElement().getValue()).isAfterOrEqualTo(task(done).getAuthoredOn());
		assertThat(task(bundle(id, http.token("ig"))).getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
	}

	@Test
	void aDeclinedReferralIsARejectedTaskWithItsReasonAndAWithdrawnOneIsCancelled() {
		String declined = referral(person("Gert"), "CORE_PROFILE");
		var answer = http.postJson("/api/v1/referrals/" + declined + "/decline", Json.of("reason", "NO_CAPACITY", "detail",
				"Waiting list closed until spring"), idva);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		for (String reader : List.of(drugworker, idva)) {
			Bundle b = bundle(declined, reader);
			assertThat(task(b).getStatus()).isEqualTo(Task.TaskStatus.REJECTED);
			assertThat(task(b).getStatusReason().getText()).isEqualTo("No capacity");
			assertThat(one(b, ServiceRequest.class).getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
		}

		String withdrawn = referral(person("Hild"), "CORE_PROFILE");
		assertThat(http.postJson("/api/v1/referrals/" + withdrawn + "/withdraw", Json.of("reason", "Sent in error"),
				drugworker).status()).isEqualTo(200);
		String consentId = http.get("/api/v1/referrals/" + withdrawn, drugworker).json().get("consentId").asString();
		assertThat(http.postJson("/api/v1/consents/" + consentId + "/withdraw", Json.of("reason", "She changed her mind"),
				drugworker).status()).isEqualTo(200);
		Bundle b = bundle(withdrawn, drugworker);
		assertThat(task(b).getStatus()).isEqualTo(Task.TaskStatus.CANCELLED);
		assertThat(task(b).getStatusReason().getText()).isEqualTo("Sent in error");
		assertThat(one(b, ServiceRequest.class).getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
		assertThat(one(b, Consent.class).getStatus()).as("the consent was withdrawn").isEqualTo(Consent.ConsentState.INACTIVE);
	}

	@Test
	void contactDetailsGoOutOnlyWhenTickedAndOnlyInTheWayThatIsSafe() {
		String id = referral(person("Ida"), "CORE_PROFILE", "CONTACT");
		for (String reader : List.of(drugworker, idva)) {
			Patient patient = one(bundle(id, reader), Patient.class);
			assertThat(patient.getTelecom()).as("safe to text, not to phone").singleElement()
				.satisfies(t -> assertThat(t.getSystem().toCode() + " " + t.getValue()).isEqualTo("sms 07700 900 321"));
			assertThat(patient.getAddressFirstRep().getPostalCode()).as("safe to write").isEqualTo("NS1 4FH");
		}
		assertThat(http.get("/api/v1/referrals/" + id + "/fhir", idva).body()).as("no code word in an R4 Patient")
			.doesNotContain("Magpie");
	}

	@Test
	void theDemoReferralIsAValidBundle() {
		String id = jdbc.sql("""
				select r.id::text from referral r join service s on s.id = r.to_service_id join app_user u on u.id = r.referred_by
				where s.name = 'Safer Futures IDVA service' and u.username = 'drugworker' order by r.created_at limit 1""")
			.query(String.class).single();
		var response = http.get("/api/v1/referrals/" + id + "/fhir", idva);
		assertThat(response.contentType()).startsWith("application/fhir+json");
		Bundle b = bundle(id, idva);
		assertThat(one(b, Patient.class).getIdentifierFirstRep().getValue()).isEqualTo(demo.sylvia());
		assertThat(one(b, Patient.class).getNameFirstRep().getFamily()).isEqualTo("Smith");
		assertThat(task(b).getStatus()).isEqualTo(Task.TaskStatus.ACCEPTED);
		assertThat(task(b).getNote()).extracting(n -> n.getText()).contains("Accepted: Amira will call her on the safe number");
		assertThat(one(b, Consent.class).getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
		bundle(id, drugworker);
	}

	/** The Bundle as the reader gets it, after checking it is valid R4: no error or fatal message. */
	private Bundle bundle(String id, String token) {
		var response = http.get("/api/v1/referrals/" + id + "/fhir", token);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/fhir+json");
		List<SingleValidationMessage> errors = validator.validateWithResult(response.body()).getMessages().stream()
			.filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
			.toList();
		assertThat(errors).as(() -> errors.stream().map(m -> m.getLocationString() + ": " + m.getMessage())
			.collect(Collectors.joining("\n", "invalid FHIR:\n", "\n" + response.body()))).isEmpty();
		return FHIR.newJsonParser().parseResource(Bundle.class, response.body());
	}

	private static Task task(Bundle bundle) {
		return one(bundle, Task.class);
	}

	private static <T extends Resource> T one(Bundle bundle, Class<T> type) {
		List<T> found = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
			.map(type::cast).toList();
		assertThat(found).as(type.getSimpleName()).hasSize(1);
		return found.get(0);
	}

	/** The full URL of the entry of that type (and that name, for an Organization). */
	private static String fullUrl(Bundle bundle, Class<? extends Resource> type, String name) {
		return bundle.getEntry().stream().filter(e -> type.isInstance(e.getResource()))
			.filter(e -> name == null || ((Organization) e.getResource()).getName().equals(name))
			.map(Bundle.BundleEntryComponent::getFullUrl).findFirst().orElseThrow();
	}

	private String referral(String person, String... categories) {
		var sent = http.postJson("/api/v1/referrals", Json.of("personId", person, "toServiceId", idvaService, "reason",
				"She wants support to stay safe", "categories", List.of(categories)), drugworker);
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		return sent.json().get("id").asString();
	}

	/** Someone the alcohol service records, with contact details safe only by text and letter, and a drinking entry. */
	private String person(String given) {
		var created = http.postJson("/api/v1/people", Json.of("givenName", given, "familyName", "Fhirtest", "dateOfBirth",
				"1991-03-04", "gender", "Female", "postcode", "NS1 4FH", "profile", Json.map("phone", "07700 900 321",
						"safeToPhone", "No", "safeToText", "Yes", "safeToWrite", "Yes", "codeWord", "Magpie")), drugworker);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		var entry = http.postJson("/api/v1/people/" + id + "/chronology", Json.of("occurredOn", "2026-10-01", "type",
				"OTHER", "summary", "Drinking canary most days", "kind", "FACT", "category", "SUBSTANCE_USE"), drugworker);
		assertThat(entry.status()).as(entry.body()).isEqualTo(201);
		return id;
	}

}
