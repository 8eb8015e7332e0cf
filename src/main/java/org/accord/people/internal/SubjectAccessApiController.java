package org.accord.people.internal;

import org.accord.sharing.PersonAccess;
import org.accord.sharing.PersonId;
import org.accord.sharing.Purpose;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
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
	SubjectAccess.Export json(@PersonId(purpose = Purpose.GOVERNANCE) PersonAccess access, @RequestParam(required = false) String reference) {
		return pages.export(access.user(), access.personId(), reference);
	}

}
