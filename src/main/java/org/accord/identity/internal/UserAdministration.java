package org.accord.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Agencies;
import org.accord.identity.UserDisabled;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.InvalidFieldException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's acts on an account, each in one transaction with its audit row. What a user may see
 * follows from their roles and agency, which every session and token carries, so disabling them, or
 * changing either, ends their sessions and tokens at once, on every node.
 */
@Service
class UserAdministration {

	/** What an administrator says about a user, when adding them and when changing them alike. */
	record Details(String displayName, String email, String jobTitle, UUID agencyId, Set<Role> roles) {
	}

	private final UserAccounts users;

	private final Agencies agencies;

	private final PasswordEncoder encoder;

	private final Sessions sessions;

	private final ApiTokens tokens;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	UserAdministration(UserAccounts users, Agencies agencies, PasswordEncoder encoder, Sessions sessions,
			ApiTokens tokens, AuditLog audit, ApplicationEventPublisher events) {
		this.users = users;
		this.agencies = agencies;
		this.encoder = encoder;
		this.sessions = sessions;
		this.tokens = tokens;
		this.audit = audit;
		this.events = events;
	}

	/** What the stored users and agencies refuse in these details ({@code username}: a new user's, or null). */
	List<Problems.FieldMessage> refusals(String username, Details details) {
		List<Problems.FieldMessage> refusals = new ArrayList<>();
		if (username != null && users.usernameTaken(username)) {
			refusals.add(new Problems.FieldMessage("username", "This user name is already taken"));
		}
		if (details.agencyId() != null && agencies.find(details.agencyId()).isEmpty()) {
			refusals.add(new Problems.FieldMessage("agencyId", "Select an agency"));
		}
		return refusals;
	}

	/** @throws InvalidInputException when the name is taken or the agency unknown */
	@Transactional
	UUID create(AccordPrincipal admin, String username, String password, Details details) {
		requireAdministrator(admin);
		refuse(refusals(username, details));
		UUID id = UUID.randomUUID();
		users.insert(id, username, details.displayName(), details.email(), details.jobTitle(), details.agencyId(),
				encoder.encode(password), details.roles());
		audit.record(AuditEvent.of("CREATE", "USER", id).detail("roles " + details.roles()));
		return id;
	}

	/** The account, for the administrator's page; opening it is audited. */
	@Transactional
	UserAccount view(AccordPrincipal admin, UUID id) {
		requireAdministrator(admin);
		UserAccount user = load(id);
		audit.record(AuditEvent.of("VIEW", "USER", id));
		return user;
	}

	/**
	 * Changes the account; returns whether its access changed, which signed the user out everywhere.
	 * @throws InvalidInputException when the agency is unknown
	 * @throws org.accord.platform.web.ConflictException when someone else changed it since {@code version}
	 */
	@Transactional
	boolean update(AccordPrincipal admin, UUID id, int version, Details details) {
		requireAdministrator(admin);
		UserAccount user = load(id);
		refuse(refusals(null, details));
		Set<Role> roles = details.roles();
		users.update(id, version, details.displayName(), details.email(), details.jobTitle(), details.agencyId(), roles);
		boolean accessChanged = !user.roles().equals(roles) || !user.agencyId().equals(details.agencyId());
		String ended = accessChanged ? "; " + sessions.endAll(user.username()) + " sessions ended, " + tokens.revokeAll(id)
				+ " API tokens revoked"
				: "";
		audit.record(AuditEvent.of("UPDATE", "USER", id).detail("roles " + roles + ended));
		return accessChanged;
	}

	/** Disables the account (never one's own): the directory hands over its roles, and every session and token ends. */
	@Transactional
	UserAccount disable(UUID id, AccordPrincipal admin) {
		requireAdministrator(admin);
		UserAccount user = load(id);
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

	@Transactional
	UserAccount enable(AccordPrincipal admin, UUID id) {
		requireAdministrator(admin);
		UserAccount user = load(id);
		users.setEnabled(id, true);
		audit.record(AuditEvent.of("ENABLE", "USER", id));
		return user;
	}

	/** Removes the second factor and its recovery codes; the user sets up a new one at next sign-in if required. */
	@Transactional
	UserAccount resetTwoFactor(AccordPrincipal admin, UUID id) {
		requireAdministrator(admin);
		UserAccount user = load(id);
		users.resetTotp(id);
		sessions.endAll(user.username());
		audit.record(AuditEvent.of("RESET_TWO_FACTOR", "USER", id));
		return user;
	}

	/**
	 * Sets a new password, which signs the user out everywhere: whoever knew the old one is out too.
	 * @throws InvalidFieldException for a password too short or too long
	 */
	@Transactional
	UserAccount setPassword(AccordPrincipal admin, UUID id, String newPassword) {
		requireAdministrator(admin);
		UserAccount user = load(id);
		if (newPassword == null || newPassword.length() < 12 || newPassword.length() > 200) {
			throw new InvalidFieldException("newPassword", "Password must be at least 12 characters");
		}
		users.setPassword(id, encoder.encode(newPassword));
		sessions.endAll(user.username());
		tokens.revokeAll(id);
		audit.record(AuditEvent.of("SET_PASSWORD", "USER", id));
		return user;
	}

	private UserAccount load(UUID id) {
		return users.find(id).orElseThrow(() -> new NotFoundException("User"));
	}

	private static void refuse(List<Problems.FieldMessage> refusals) {
		if (!refusals.isEmpty()) {
			throw new InvalidInputException(refusals);
		}
	}

	private static void requireAdministrator(AccordPrincipal admin) {
		if (!admin.hasRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Administrators only");
		}
	}

}
