package org.accord.support;

import java.time.LocalDate;

/** Opens a subject access request through the API, as information governance, for tests that export. */
public final class SubjectAccessRequestsFixture {

	private SubjectAccessRequestsFixture() {
	}

	/** @return the id of a new open request for the person */
	public static String open(int port, String personId) {
		Http http = new Http(port);
		String ig = http.token("ig", "accord-demo");
		var r = http.postJson("/api/v1/people/" + personId + "/subject-access-requests", """
				{"requesterName":"The person","identityCheck":"PHOTO_ID_SEEN",
				 "identityCheckDetail":"Passport seen at the office","receivedOn":"%s"}""".formatted(LocalDate.now()), ig);
		if (r.status() != 201) {
			throw new AssertionError("Opening a subject access request failed: " + r.status() + " " + r.body());
		}
		return r.json().get("id").asString();
	}

}
