package org.accord.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuthApiController {

	record TokenRequest(@NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 1000) String password,
			@Size(max = 20) String otp) {
	}

	record TokenResponse(String access_token, String token_type, long expires_in) {
	}

	record Me(String username, String displayName, String agencyId, String agencyName, List<String> roles) {
	}

	private static final String BAD_CREDENTIALS = "The user name, password or code is not right";

	private final ApiSignIns signIns;

	private final ApiTokens tokens;

	AuthApiController(ApiSignIns signIns, ApiTokens tokens) {
		this.signIns = signIns;
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/auth/token")
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		ApiTokens.Issued issued;
		try {
			issued = signIns.token(request.username(), request.password(), request.otp(), http.getRemoteAddr());
		}
		catch (SignInLockedException ex) {
			String why = ex.slowed().kind() == SignInThrottle.Kind.SECOND_FACTOR ? "Too many wrong codes"
					: "Too many failed sign-ins";
			return slowed(ex.slowed(), why + "; try again in " + ex.slowed().retryAfterSeconds() + " seconds");
		}
		catch (BadCredentialsException | DisabledException ex) {
			return Problems.response(HttpStatus.UNAUTHORIZED, BAD_CREDENTIALS);
		}
		return ResponseEntity.ok(new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds()));
	}

	private static ResponseEntity<?> slowed(SignInThrottle.Slowed slowed, String detail) {
		var problem = Problems.response(HttpStatus.TOO_MANY_REQUESTS, detail);
		return ResponseEntity.status(problem.getStatusCode())
			.headers(problem.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(slowed.retryAfterSeconds()))
			.body(problem.getBody());
	}

	/** Revokes the token used for this call: at once, on every node. */
	@DeleteMapping("/api/v1/auth/token")
	ResponseEntity<Void> revoke(HttpServletRequest request) {
		String token = BearerTokenFilter.tokenOf(request);
		if (token != null) {
			tokens.revoke(token);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal AccordPrincipal me) {
		return new Me(me.username(), me.displayName(), me.agencyId().toString(), me.agencyName(),
				me.roles().stream().map(Enum::name).sorted().toList());
	}

}
