package org.accord.sharing.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.accord.audit.AuditTrail;
import org.accord.platform.web.PlausibleDate;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's access log as JSON, on the same terms as the page. */
@RestController
class AccessLogApiController {

	private final AccessLogs logs;

	AccessLogApiController(AccessLogs logs) {
		this.logs = logs;
	}

	@GetMapping("/api/v1/people/{id}/access-log")
	AuditTrail.Page api(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate to,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "must be between 1 and 200")
			@Max(value = 200, message = "must be between 1 and 200") int size) {
		return logs.read(access, from, to, page, size);
	}

}
