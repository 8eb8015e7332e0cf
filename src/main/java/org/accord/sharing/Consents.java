package org.accord.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Notifications;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's consents. Recording one tells each recipient agency and asks each other holder to
 * confirm; withdrawing one stops sharing on the next request (the access policy reads these tables every
 * time) and sets every agency it named a task to acknowledge it, in the app and by e-mail (000:812-830).
 */
@Component
public class Consents {

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final InvolvementRegister people;

	private final AuditLog audit;

	private final AccessPolicy policy;

	private final Clock clock;

	private final ConsentRows rows;

	Consents(JdbcClient jdbc, Notifications notifications, InvolvementRegister people, AuditLog audit, AccessPolicy policy,
			Clock clock, ConsentRows rows) {
		this.rows = rows;
		this.policy = policy;
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the person's consent on behalf of the user's agency, which must work with them now. The
	 * recording agency is never a recipient, and every other holder must be an agency that holds records
	 * about the person. Recipients are told; other holders get a task to confirm or decline.
	 */
	@Transactional
	public UUID record(PersonAccess access, Consent.Draft d) {
		access.requireWrite();
		if (!d.recordedByAgency().equals(access.agencyId()) || !d.personId().equals(access.personId())) {
			throw new IllegalArgumentException("A consent is recorded by the user's own agency, for the person they opened");
		}
		if (d.recipients().contains(access.agencyId())) {
			throw new BusinessRuleException("An agency never records a consent naming itself as a recipient: your "
					+ "agency already sees "
					+ "what it recorded, and another agency's records come to you when that agency records or confirms a consent");
		}
		List<UUID> known = people.involvedAgenciesKnownTo(access.decision());
		if (!known.containsAll(d.holders())) {
			throw new BusinessRuleException("Every holder must be an agency you know works or worked with the person: only they "
					+ "hold records to share");
		}
		UUID id = record(d);
		tellRecipients(id);
		askHolders(id);
		audit.record(AuditEvent.of("CONSENT", "CONSENT", id).person(d.personId())
			.detail(d.categories() + " of " + (d.holders().size() + 1) + " holders to " + d.recipients().size() + " agencies"));
		return id;
	}

	/**
	 * Stores the consent as given; the recording agency is a holder at once. {@link #record(PersonAccess, Consent.Draft)}
	 * checks and tells.
	 */
	@Transactional
	public UUID record(Consent.Draft d) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into consent (id, person_id, categories, purpose, how_given, capacity_note, given_on, expires_on,
				  recorded_by,
				  recorded_by_agency_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, d.personId(), d.categories().stream().map(Enum::name).toArray(String[]::new), d.purpose(),
					d.howGiven().name(), d.capacityNote(), d.givenOn(), d.expiresOn(), d.recordedBy(), d.recordedByAgency())
			.update();
		for (UUID agency : d.recipients()) {
			jdbc.sql("insert into consent_recipient (consent_id, agency_id) values (?, ?)").params(id, agency).update();
		}
		jdbc.sql("insert into consent_holder (consent_id, agency_id, status, decided_by, decided_at) "
				+ "values (?, ?, 'CONFIRMED', ?, now())")
			.params(id, d.recordedByAgency(), d.recordedBy()).update();
		for (UUID holder : d.holders()) {
			if (!holder.equals(d.recordedByAgency())) {
				jdbc.sql("insert into consent_holder (consent_id, agency_id, status) values (?, ?, 'PENDING')").params(id, holder)
					.update();
			}
		}
		return id;
	}

	private void tellRecipients(UUID consentId) {
		Consent consent = find(consentId).orElseThrow();
		String name = people.name(consent.personId()).orElse("A person");
		for (Consent.Recipient recipient : consent.recipients()) {
			notifications.notifyAbout(consent.personId(), recipient.agencyId(), null,
					"Information shared with you about " + name,
					name + " consented to share " + ConsentRows.labels(consent.categories()) + " with your agency, for: "
							+ consent.purpose()
							+ ". Acknowledge that your agency has received it.",
					"/sharing/received", false, "A person has consented to share information with your agency.");
		}
	}

	private void askHolders(UUID consentId) {
		Consent consent = find(consentId).orElseThrow();
		String name = people.name(consent.personId()).orElse("A person");
		String to = consent.recipients().stream().map(Consent.Recipient::agencyName).collect(Collectors.joining(", "));
		for (Consent.Holder holder : consent.holders()) {
			if (holder.status() == Consent.HolderStatus.PENDING) {
				notifications.notifyAbout(consent.personId(), holder.agencyId(), null, "Confirm sharing your records about " + name,
						consent.recordedByAgencyName() + " recorded " + name + "'s consent to share your agency's records of "
								+ ConsentRows.labels(consent.categories()) + " with " + to + ", for: " + consent.purpose()
								+ ". Nothing of yours is shared until your agency confirms. Confirm, or decline with a reason.",
						"/sharing/received", true,
						"Another agency asks your agency to confirm sharing its records, with the person's consent.");
			}
		}
	}

	/**
	 * Withdraws the consent: nothing more is shared under it from the next request, and every other agency
	 * it names is told at once, with a task to acknowledge. An agency it names that works with the person
	 * now may withdraw it. Returns the agencies told.
	 */
	@Transactional
	public List<UUID> withdraw(UUID consentId, AccordPrincipal user, String reason) {
		Consent consent = find(consentId).orElseThrow(() -> new NotFoundException("Consent"));
		PersonAccess access = policy.open(user, consent.personId(), Purpose.CHANGE, true);
		if (!consent.names(access.agencyId())) {
			throw new AccessDeniedException(
					"Only an agency this consent names, that works with the person now, may withdraw it");
		}
		List<UUID> told = withdraw(consentId, reason, user.userId());
		audit.record(AuditEvent.of("WITHDRAW", "CONSENT", consentId).person(consent.personId()).reason(reason)
			.detail(told.size() + " agencies told"));
		return told.stream().filter(a -> !a.equals(user.agencyId())).toList();
	}

	/**
	 * Withdraws as given, telling every agency the consent names; {@link #withdraw(UUID, AccordPrincipal, String)} checks
	 * who may.
	 */
	@Transactional
	public List<UUID> withdraw(UUID consentId, String reason, UUID userId) {
		Consent consent = find(consentId).orElseThrow(() -> new NotFoundException("Consent"));
		if (consent.withdrawnAt() != null || jdbc.sql("""
				update consent set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? where id = ?
				  and withdrawn_at is null""")
			.params(java.sql.Timestamp.from(clock.instant()), userId, reason, consentId)
			.update() == 0) {
			throw new BusinessRuleException("This consent was already withdrawn");
		}
		UUID withdrawer = userId == null ? null
				: jdbc.sql("select agency_id from app_user where id = ?").param(userId).query(UUID.class).optional().orElse(null);
		String name = people.name(consent.personId()).orElse("A person");
		Set<UUID> named = new LinkedHashSet<>();
		named.add(consent.recordedByAgencyId());
		consent.recipients().forEach(r -> named.add(r.agencyId()));
		consent.holders().forEach(h -> named.add(h.agencyId()));
		List<UUID> told = named.stream()
			.filter(a -> !a.equals(withdrawer == null ? consent.recordedByAgencyId() : withdrawer)).toList();
		for (UUID agency : told) {
			notifications.notifyAbout(consent.personId(), agency, null, "Consent withdrawn: " + name,
					name + " has withdrawn consent to share " + ConsentRows.labels(consent.categories()) + " (" + consent.purpose()
							+ "). Nothing more is shared under it. Do not use or pass on what you received under it, and record"
							+ " what you have done with it. Reason given: " + reason,
					"/people/" + consent.personId(), true,
					"A person has withdrawn their consent to share information with your agency. "
							+ "Please acknowledge this today.");
		}
		return told;
	}

	/** The consents of the person and the records merged into theirs, newest first. */
	public List<Consent> forPerson(UUID personId) {
		return jdbc.sql("select id from consent where person_id in (:people) order by given_on desc, recorded_at desc")
			.param("people", people.recordAndMerged(personId)).query(UUID.class).list().stream()
			.map(id -> find(id).orElseThrow()).toList();
	}

	/**
	 * The consents this user may read: those that name their agency, or all for information governance.
	 * Which agencies a consent shares with reveals what is held, so nobody else sees them; the note on
	 * capacity stays with the recording agency and governance.
	 */
	public List<Consent> visibleTo(PersonAccess access) {
		boolean governance = access.user().hasRole(Role.INFORMATION_GOVERNANCE);
		return forPerson(access.personId()).stream()
			.filter(c -> governance || c.names(access.agencyId()))
			.map(c -> governance || c.recordedByAgencyId().equals(access.agencyId()) ? c : c.withoutCapacityNote())
			.toList();
	}

	public Optional<Consent> find(UUID id) {
		return rows.find(id);
	}

	/** Every consent in force, newest first, for the information governance lead's oversight. */
	public List<Consent> inForce(int limit) {
		return jdbc.sql("""
				select id from consent where withdrawn_at is null and (expires_on is null or expires_on >= :today)
				order by recorded_at desc limit :limit""")
			.param("today", LocalDate.now(clock)).param("limit", limit)
			.query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
	}

	/** Active consents that share with the agency and that nobody there has acknowledged yet, oldest first. */
	public List<Consent> awaitingAcknowledgement(UUID agencyId) {
		return jdbc.sql("""
				select c.id from consent c join consent_recipient r on r.consent_id = c.id
				where r.agency_id = :agency and r.acknowledged_at is null and c.withdrawn_at is null
				  and (c.expires_on is null or c.expires_on >= :today)
				order by c.recorded_at""")
			.param("agency", agencyId).param("today", LocalDate.now(clock))
			.query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
	}

	/**
	 * A named person at the recipient acknowledges that their agency holds what was shared; false when it
	 * was not shared with their agency, or someone has already.
	 */
	@Transactional
	public boolean acknowledge(UUID consentId, AccordPrincipal user) {
		boolean done = jdbc.sql("""
				update consent_recipient set acknowledged_by = ?, acknowledged_at = now()
				where consent_id = ? and agency_id = ? and acknowledged_at is null""")
			.params(user.userId(), consentId, user.agencyId())
			.update() == 1;
		if (done) {
			audit.record(AuditEvent.of("ACKNOWLEDGE", "CONSENT", consentId).person(find(consentId).orElseThrow().personId()));
		}
		return done;
	}

}
