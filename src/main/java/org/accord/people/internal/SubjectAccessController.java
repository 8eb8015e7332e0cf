package org.accord.people.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.platform.pdf.PdfRenderer;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.Problems;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The subject access export, for the information governance lead only: everything held about the person
 * as a page, a machine-readable file and a PDF, with what needs review marked. Each export needs the
 * request's reference, which the audit trail keeps.
 */
@Controller
class SubjectAccessController {

	private final People people;

	private final SubjectAccess subjectAccess;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final PdfRenderer pdf;

	private final Clock clock;

	SubjectAccessController(People people, SubjectAccess subjectAccess, AccessPolicy policy, AuditLog audit, PdfRenderer pdf, Clock clock) {
		this.people = people;
		this.subjectAccess = subjectAccess;
		this.policy = policy;
		this.audit = audit;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/subject-access")
	@Transactional
	String page(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access, @RequestParam(required = false) String reference, Model model) {
		AccordPrincipal me = access.user();
		UUID id = access.personId();
		Person person = people.find(id).orElseThrow();
		model.addAttribute("person", person);
		if (reference == null) {
			return "people/subject-access";
		}
		if (reference.isBlank() || reference.length() > 200) {
			model.addAttribute("referenceError", "Enter the request's reference, in 200 characters or fewer");
			return "people/subject-access";
		}
		model.addAttribute("export", export(me, id, reference));
		return "people/subject-access";
	}

	@GetMapping("/people/{id}/subject-access.pdf")
	@Transactional
	ResponseEntity<byte[]> download(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access,
			@RequestParam(required = false) String reference) {
		SubjectAccess.Export export = export(access.user(), access.personId(), reference);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("export", export);
		byte[] body = pdf.render("people/subject-access-pdf", model);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("subject-access.pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	/** The caller has come in for governance (information governance only); the export needs the request's reference. */
	SubjectAccess.Export export(AccordPrincipal me, UUID id, String reference) {
		Person person = people.find(id).orElseThrow();
		if (reference == null || reference.isBlank() || reference.length() > 200) {
			throw new InvalidInputException(List.of(new Problems.FieldMessage("reference", "must be the request's reference, up to 200 characters")));
		}
		policy.decide(me, id, Purpose.EXPORT, reference.trim());
		audit.record(AuditEvent.of("SUBJECT_ACCESS", "PERSON", id).person(id).reason(reference.trim()));
		return subjectAccess.gather(person, reference.trim(), me.displayName() + ", " + me.agencyName(), clock.instant());
	}

}
