package org.accord.identity.internal;

import java.util.Set;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.UserDisabled;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's acts on an account, each in one transaction with its audit row. What a user may see
 * follows from their roles and agency, which every session and token carries, so disabling them, or
 * changing either, ends their sessions and tokens at once, on every node.
 */
@Service
class UserAdministration {

	private final UserAccounts users;

	private final Sessions sessions;

	private final ApiTokens tokens;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	UserAdministration(UserAccounts users, Sessions sessions, ApiTokens tokens, AuditLog audit,
			ApplicationEventPublisher events) {
		this.users = users;
		this.sessions = sessions;
		this.tokens = tokens;
		this.audit = audit;
		this.events = events;
	}

	/** Changes the account; returns whether its access changed, which signed the user out everywhere. */
	@Transactional
	boolean update(UUID id, int version, String displayName, String email, String jobTitle, UUID agencyId,
			Set<Role> roles) {
		UserAccount user = users.find(id).orElseThrow(() -> new NotFoundException("User"));
		users.update(id, version, displayName, email, jobTitle, agencyId, roles);
		boolean accessChanged = !user.roles().equals(roles) || !user.agencyId().equals(agencyId);
		String ended = accessChanged ? "; " + sessions.endAll(user.username()) + " sessions ended, " + tokens.revokeAll(id)
				+ " API tokens revoked"
				: "";
		audit.record(AuditEvent.of("UPDATE", "USER", id).detail("roles " + roles + ended));
		return accessChanged;
	}

	/** Disables the account (never one's own): the directory hands over its roles, and every session and token ends. */
	@Transactional
	UserAccount disable(UUID id, AccordPrincipal admin) {
		UserAccount user = users.find(id).orElseThrow(() -> new NotFoundException("User"));
		if (user.id().equals(admin.userId())) {
			throw new BusinessRuleException("You cannot disable your own account");
		}
		users.setEnabled(id, false);
		events.publishEvent(new UserDisabled(id, user.agencyId()));
		int ended = sessions.endAll(user.username());
		int revoked = tokens.revokeAll(id);
		audit.record(AuditEvent.of("DISABLE", "USER", id)
				.detail(ended + " sessions ended, " + revoked + " API tokens revoked"));
		return user;
	}

}
