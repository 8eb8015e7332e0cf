package org.accord.people.internal;

import java.util.UUID;

import org.accord.platform.security.CurrentUser;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The subject access export as a machine-readable file, on the same terms as the page. */
@RestController
class SubjectAccessApiController {

	private final SubjectAccessController pages;

	SubjectAccessApiController(SubjectAccessController pages) {
		this.pages = pages;
	}

	@GetMapping("/api/v1/people/{id}/subject-access")
	@Transactional
	SubjectAccess.Export json(@PathVariable UUID id, @RequestParam(required = false) String reference) {
		return pages.export(CurrentUser.require(), id, reference);
	}

}
