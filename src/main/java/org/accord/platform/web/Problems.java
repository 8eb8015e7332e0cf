package org.accord.platform.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem responses in the one shape api-v1.md promises. */
public final class Problems {

	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private Problems() {
	}

	public record FieldMessage(String field, String message) {
	}

	public static ProblemDetail of(HttpStatusCode status, String detail, List<FieldMessage> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errors", errors);
		return problem;
	}

	public static ResponseEntity<ProblemDetail> response(HttpStatusCode status, String detail,
			List<FieldMessage> errors) {
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(of(status, detail, errors));
	}

	public static ResponseEntity<ProblemDetail> response(HttpStatusCode status, String detail) {
		return response(status, detail, List.of());
	}

}
