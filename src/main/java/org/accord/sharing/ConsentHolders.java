package org.accord.sharing;

import java.util.List;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Notifications;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each agency decides the disclosure of its own records: a holder named by another agency's consent
 * confirms that its records may flow to the recipients, or declines with a reason (seed 000 P-47: the
 * information request of one agency to another, answered and recorded). Until it confirms, none flow.
 */
@Component
public class ConsentHolders {

	private final Consents consents;

	private final AccessPolicy policy;

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final InvolvementRegister people;

	private final AuditLog audit;

	ConsentHolders(Consents consents, AccessPolicy policy, JdbcClient jdbc, Notifications notifications,
			InvolvementRegister people, AuditLog audit) {
		this.consents = consents;
		this.policy = policy;
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.people = people;
		this.audit = audit;
	}

	/** The consents waiting for the user's agency to confirm or decline, oldest first. */
	public List<Consent> waitingFor(UUID agencyId) {
		return jdbc.sql("""
				select c.id from consent c join consent_holder h on h.consent_id = c.id
				where h.agency_id = ? and h.status = 'PENDING' and c.withdrawn_at is null order by c.recorded_at""")
			.param(agencyId).query(UUID.class).list().stream().map(id -> consents.find(id).orElseThrow()).toList();
	}

	/** The holder's records now flow to the recipients, who are told. */
	@Transactional
	public Consent confirm(UUID consentId, AccordPrincipal user) {
		Consent consent = pending(consentId, user);
		settle(consent, user, "CONFIRMED", null);
		audit.record(AuditEvent.of("CONFIRM", "CONSENT", consentId).person(consent.personId())
				.detail("holder " + user.agencyName()));
		String name = people.name(consent.personId()).orElse("A person");
		for (Consent.Recipient recipient : consent.recipients()) {
			notifications.notifyAbout(consent.personId(), recipient.agencyId(), null,
					user.agencyName() + " now shares its records about " + name,
					user.agencyName() + " confirmed that its records of " + ConsentRows.labels(consent.categories()) + " about " + name
							+ " may be shared with your agency under the consent recorded by " + consent.recordedByAgencyName() + ".",
					"/people/" + consent.personId(), false,
					"Another agency now shares its records with your agency, with the person's consent.");
		}
		return consents.find(consentId).orElseThrow();
	}

	/** The holder's records stay with it; the recording agency is told why. */
	@Transactional
	public Consent decline(UUID consentId, AccordPrincipal user, String reason) {
		Consent consent = pending(consentId, user);
		settle(consent, user, "DECLINED", reason);
		audit.record(AuditEvent.of("DECLINE", "CONSENT", consentId).person(consent.personId()).reason(reason)
			.detail("holder " + user.agencyName()));
		String name = people.name(consent.personId()).orElse("A person");
		notifications.notifyAbout(consent.personId(), consent.recordedByAgencyId(), null,
				user.agencyName() + " declined to share its records about "
				+ name,
				user.agencyName() + " declined to share its records of " + ConsentRows.labels(consent.categories())
						+ " about " + name
						+ " under the consent your agency recorded. Reason: " + reason,
				"/people/" + consent.personId() + "/sharing", false, "An agency has answered a request to share its records.");
		return consents.find(consentId).orElseThrow();
	}

	/** The consent, if the user's agency is a holder still to decide it and the user may decide for it. */
	private Consent pending(UUID consentId, AccordPrincipal user) {
		Consent consent = consents.find(consentId).orElseThrow(() -> new NotFoundException("Consent"));
		boolean holder = consent.holders().stream().anyMatch(h -> h.agencyId().equals(user.agencyId()));
		if (!holder) {
			throw new NotFoundException("Consent");
		}
		// The agency sees its own records of the person, so the policy lets it in; the look is audited.
		policy.open(user, consent.personId(), Purpose.VIEW, false);
		if (!user.caseworker()) {
			throw new org.springframework.security.access.AccessDeniedException("A practitioner or manager of the "
					+ "holding agency decides this");
		}
		if (consent.withdrawnAt() != null) {
			throw new BusinessRuleException("This consent was withdrawn; there is nothing to confirm");
		}
		return consent;
	}

	private void settle(Consent consent, AccordPrincipal user, String status, String reason) {
		int rows = jdbc.sql("""
				update consent_holder set status = ?, decided_by = ?, decided_at = now(), reason = ?
				where consent_id = ? and agency_id = ? and status = 'PENDING'""")
			.params(status, user.userId(), reason, consent.id(), user.agencyId()).update();
		if (rows == 0) {
			throw new BusinessRuleException("Your agency has already answered this consent");
		}
	}

}
