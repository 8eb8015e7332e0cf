package org.accord.identity.internal;

import java.util.List;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.InvalidFieldException;
import org.accord.platform.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What users do to keep their own account safe, each act in one transaction with its audit row. */
@Service
class AccountSecurity {

	private final UserAccounts users;

	private final TwoFactor twoFactor;

	private final Sessions sessions;

	private final ApiTokens tokens;

	private final AuditLog audit;

	AccountSecurity(UserAccounts users, TwoFactor twoFactor, Sessions sessions, ApiTokens tokens, AuditLog audit) {
		this.users = users;
		this.twoFactor = twoFactor;
		this.sessions = sessions;
		this.tokens = tokens;
		this.audit = audit;
	}

	/**
	 * Turns on the second factor whose {@code secret} the user was shown, once they give its current code.
	 * The user may be part signed in, sent here to enrol before anything else opens.
	 * @return the recovery codes, shown once and never stored
	 * @throws BusinessRuleException when the second factor is already on
	 * @throws InvalidFieldException for a code that is not six digits, or not the current one
	 */
	@Transactional
	List<String> enrol(AccordPrincipal user, String secret, String code) {
		UserAccount account = load(user);
		if (account.totpEnabled()) {
			throw new BusinessRuleException("Your second factor is already turned on");
		}
		if (code == null || !code.replaceAll("\\s", "").matches("\\d{6}")) {
			throw new InvalidFieldException("code", "Enter the 6-digit code shown in your authenticator app");
		}
		if (!twoFactor.enrol(account, secret, code)) {
			throw new InvalidFieldException("code",
					"The code is not right. Check the time on your phone and enter the current code");
		}
		List<String> codes = twoFactor.newRecoveryCodes(account.id());
		// Named explicitly: a user part signed in is nobody to the audit trail's current user.
		audit.record(AuditLog.actor(user), AuditEvent.of("TWO_FACTOR_ENROLLED", "USER", account.id()));
		return codes;
	}

	/**
	 * Replaces the user's recovery codes, the old ones spent at once.
	 * @throws BusinessRuleException when the user has no second factor to recover
	 */
	@Transactional
	List<String> replaceRecoveryCodes(AccordPrincipal user) {
		UserAccount account = load(user);
		if (!account.totpEnabled()) {
			throw new BusinessRuleException("Turn on a second factor first");
		}
		List<String> codes = twoFactor.newRecoveryCodes(account.id());
		audit.record(AuditEvent.of("RECOVERY_CODES_REPLACED", "USER", account.id()));
		return codes;
	}

	/** Ends every session and revokes every API token of the user, on every node: for a lost or shared device. */
	@Transactional
	void signOutEverywhere(AccordPrincipal user) {
		int ended = sessions.endAll(user.username());
		int revoked = tokens.revokeAll(user.userId());
		audit.record(AuditEvent.of("SIGN_OUT_EVERYWHERE", "USER", user.userId())
			.detail(ended + " sessions ended, " + revoked + " API tokens revoked"));
	}

	private UserAccount load(AccordPrincipal user) {
		return users.find(user.userId()).orElseThrow(() -> new NotFoundException("Account"));
	}

}
