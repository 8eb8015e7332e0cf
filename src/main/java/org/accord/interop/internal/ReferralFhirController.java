package org.accord.interop.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.accord.interop.ReferralExports;
import org.accord.platform.security.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A referral as an HL7 FHIR R4 Bundle (api-v1.md), in FHIR's own JSON, which HAPI's parser writes. */
@RestController
class ReferralFhirController {

	static final MediaType FHIR_JSON = new MediaType("application", "fhir+json", StandardCharsets.UTF_8);

	private final ReferralExports exports;

	private final FhirContext fhir;

	ReferralFhirController(ReferralExports exports, FhirContext fhir) {
		this.exports = exports;
		this.fhir = fhir;
	}

	/** The content type is set here rather than negotiated, so an error still answers as the API's JSON does. */
	@GetMapping("/api/v1/referrals/{id}/fhir")
	ResponseEntity<String> bundle(@PathVariable UUID id) {
		String json = fhir.newJsonParser().encodeResourceToString(exports.bundle(CurrentUser.require(), id));
		return ResponseEntity.ok().contentType(FHIR_JSON).cacheControl(CacheControl.noStore()).body(json);
	}

}
