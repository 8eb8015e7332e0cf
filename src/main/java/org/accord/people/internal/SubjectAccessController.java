package org.accord.people.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.accord.people.People;
import org.accord.people.SubjectAccessRequests;
import org.accord.platform.pdf.PdfRenderer;
import org.accord.platform.web.InvalidFieldException;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The subject access page, for the information governance lead only: the person's requests in the
 * register, and everything held about them as a page, a machine-readable file and a PDF, with what
 * needs review marked. An export answers one open request, whose reference the audit trail keeps.
 */
@Controller
class SubjectAccessController {

	private final People people;

	private final SubjectAccessRequests requests;

	private final SubjectAccessExports exports;

	private final PdfRenderer pdf;

	private final java.time.Clock clock;

	SubjectAccessController(People people, SubjectAccessRequests requests, SubjectAccessExports exports, PdfRenderer pdf,
			java.time.Clock clock) {
		this.clock = clock;
		this.people = people;
		this.requests = requests;
		this.exports = exports;
		this.pdf = pdf;
	}

	@GetMapping("/people/{id}/subject-access")
	String page(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access, @RequestParam(required = false) UUID request,
			Model model) {
		model.addAttribute("person", people.find(access.personId()).orElseThrow());
		model.addAttribute("requests", requests.forPerson(access));
		model.addAttribute("today", java.time.LocalDate.now(clock));
		if (request != null) {
			try {
				model.addAttribute("export", exports.export(access, request));
				model.addAttribute("requestId", request);
			}
			catch (InvalidFieldException ex) {
				model.addAttribute("requestError", ex.getMessage());
			}
		}
		return "people/subject-access";
	}

	@GetMapping("/people/{id}/subject-access.pdf")
	ResponseEntity<byte[]> download(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access,
			@RequestParam(required = false) UUID request) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("export", exports.export(access, request));
		byte[] body = pdf.render("people/subject-access-pdf", model);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("subject-access.pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
