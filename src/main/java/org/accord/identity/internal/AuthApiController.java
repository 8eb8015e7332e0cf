package org.accord.identity.internal;

import java.util.List;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
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

	private final PasswordCheck passwords;

	private final TwoFactor twoFactor;

	private final SignInThrottle throttle;

	private final ApiTokens tokens;

	private final AuditLog audit;

	private final SecuritySettings settings;

	AuthApiController(PasswordCheck passwords, TwoFactor twoFactor, SignInThrottle throttle, ApiTokens tokens,
			AuditLog audit, SecuritySettings settings) {
		this.settings = settings;
		this.passwords = passwords;
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.tokens = tokens;
		this.audit = audit;
	}

	@PostMapping("/api/v1/auth/token")
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		UserAccount user;
		try {
			user = passwords.check(request.username(), request.password(), "api", http.getRemoteAddr());
		}
		catch (SignInLockedException ex) {
			return slowed(ex.slowed(), "Too many failed sign-ins; try again in " + ex.slowed().retryAfterSeconds()
					+ " seconds");
		}
		catch (BadCredentialsException | DisabledException ex) {
			return Problems.response(HttpStatus.UNAUTHORIZED, BAD_CREDENTIALS);
		}
		if (user.totpEnabled() || user.agencyRequiresTwoFactor() || settings.requireTwoFactor()) {
			var slowed = throttle.secondFactorSlowed(user.id());
			if (slowed.isPresent()) {
				return slowed(slowed.get(), "Too many wrong codes; try again in " + slowed.get().retryAfterSeconds()
						+ " seconds");
			}
			if (!twoFactor.verify(user, request.otp())) {
				throttle.secondFactorFailed(user.id(), user.username());
				audit.record(AuditLog.actor(user.principal()),
						AuditEvent.of("SIGN_IN", "USER", user.id()).failed().detail("api: second factor missing or wrong"));
				return Problems.response(HttpStatus.UNAUTHORIZED, BAD_CREDENTIALS);
			}
			throttle.secondFactorSucceeded(user.id());
		}
		ApiTokens.Issued issued = tokens.issue(user.id());
		audit.record(AuditLog.actor(user.principal()), AuditEvent.of("TOKEN_ISSUED", "API_TOKEN", issued.id()));
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
		if (token != null && tokens.revoke(token)) {
			audit.record(AuditEvent.of("TOKEN_REVOKED", "API_TOKEN", null));
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal AccordPrincipal me) {
		return new Me(me.username(), me.displayName(), me.agencyId().toString(), me.agencyName(),
				me.roles().stream().map(Enum::name).sorted().toList());
	}


}
