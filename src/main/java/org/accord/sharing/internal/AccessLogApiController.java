package org.accord.sharing.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.accord.audit.AuditTrail;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access log over the API, on the same terms as the page: information governance only, and audited. */
@RestController
class AccessLogApiController {

	private final AuditTrail trail;

	private final AccessLogController pages;

	AccessLogApiController(AuditTrail trail, AccessLogController pages) {
		this.trail = trail;
		this.pages = pages;
	}

	@GetMapping("/api/v1/people/{id}/access-log")
	@Transactional
	AuditTrail.Page api(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @org.accord.platform.web.PlausibleDate LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @org.accord.platform.web.PlausibleDate LocalDate to,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
		pages.read(access);
		return trail.forPerson(access.personId(), from, to, page, size);
	}

}
