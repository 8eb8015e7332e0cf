package org.accord.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.identity.Notifications;
import org.accord.platform.web.BusinessRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's consents. Recording one tells each recipient agency; withdrawing one stops sharing on
 * the next request (the access policy reads this table every time) and sets every recipient a task to
 * acknowledge it, in the app and by e-mail (000:812-830).
 */
@Component
public class Consents {

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final InvolvementRegister people;

	private final Clock clock;

	Consents(JdbcClient jdbc, Notifications notifications, InvolvementRegister people, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.people = people;
		this.clock = clock;
	}

	@Transactional
	public UUID record(Consent.Draft d) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into consent (id, person_id, categories, purpose, how_given, capacity_note, given_on, expires_on, recorded_by,
				  recorded_by_agency) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, d.personId(), d.categories().stream().map(Enum::name).toArray(String[]::new), d.purpose(), d.howGiven().name(),
					d.capacityNote(), d.givenOn(), d.expiresOn(), d.recordedBy(), d.recordedByAgency())
			.update();
		for (UUID agency : d.recipients()) {
			jdbc.sql("insert into consent_recipient (consent_id, agency_id) values (?, ?)").params(id, agency).update();
		}
		return id;
	}

	/** Tells each recipient agency, other than the recorder's, what is now shared with it, and asks it to acknowledge. */
	public void tellRecipients(UUID consentId) {
		Consent consent = find(consentId).orElseThrow();
		String name = people.name(consent.personId()).orElse("A person");
		for (Consent.Recipient recipient : consent.recipients()) {
			if (!recipient.agencyId().equals(consent.recordedByAgencyId())) {
				notifications.notify(recipient.agencyId(), null, "Information shared with you about " + name,
						name + " consented to share " + labels(consent.categories()) + " with your agency, for: " + consent.purpose()
								+ ". Acknowledge that your agency has received it.",
						"/sharing/received", false, "A person has consented to share information with your agency.");
			}
		}
	}

	/**
	 * Withdraws the consent: nothing more is shared under it from the next request, and every recipient
	 * agency is told at once, with a task to acknowledge. Returns the agencies told.
	 */
	@Transactional
	public List<UUID> withdraw(UUID consentId, String reason, UUID userId) {
		Consent consent = find(consentId).orElseThrow(() -> new org.accord.platform.web.NotFoundException("Consent"));
		if (consent.withdrawnAt() != null) {
			throw new BusinessRuleException("This consent was already withdrawn");
		}
		if (jdbc.sql("update consent set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? where id = ? and withdrawn_at is null")
			.params(java.sql.Timestamp.from(clock.instant()), userId, reason, consentId)
			.update() == 0) {
			throw new BusinessRuleException("This consent was already withdrawn");
		}
		String name = people.name(consent.personId()).orElse("A person");
		List<UUID> told = consent.recipients().stream().map(Consent.Recipient::agencyId)
			.filter(a -> !a.equals(consent.recordedByAgencyId())).toList();
		for (UUID agency : told) {
			notifications.notify(agency, null, "Consent withdrawn: " + name,
					name + " has withdrawn consent to share " + labels(consent.categories()) + " (" + consent.purpose()
							+ "). It is no longer shared with your agency. Do not use or pass on what you received under it, and record"
							+ " what you have done with it. Reason given: " + reason,
					"/people/" + consent.personId(), true, "A person has withdrawn their consent to share information with your agency. "
							+ "Please acknowledge this today.");
		}
		return told;
	}

	/** The consents of the person and the records merged into theirs, newest first. */
	public List<Consent> forPerson(UUID personId) {
		return jdbc.sql("select id from consent where person_id in (:family) order by given_on desc, recorded_at desc")
			.param("family", people.family(personId)).query(UUID.class).list().stream()
			.map(id -> find(id).orElseThrow()).toList();
	}

	public Optional<Consent> find(UUID id) {
		List<Consent.Recipient> recipients = jdbc.sql("""
				select r.agency_id, a.name, u.display_name, r.acknowledged_at
				from consent_recipient r join agency a on a.id = r.agency_id left join app_user u on u.id = r.acknowledged_by
				where r.consent_id = ? order by a.name""")
			.param(id)
			.query((rs, n) -> new Consent.Recipient(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4))))
			.list();
		return jdbc.sql("""
				select c.id, c.person_id, c.categories, c.purpose, c.how_given, c.capacity_note, c.given_on, c.expires_on, ru.display_name,
				  c.recorded_by_agency, a.name, c.withdrawn_at, wu.display_name, c.withdrawal_reason
				from consent c join agency a on a.id = c.recorded_by_agency
				left join app_user ru on ru.id = c.recorded_by left join app_user wu on wu.id = c.withdrawn_by
				where c.id = ?""")
			.param(id)
			.query((rs, n) -> new Consent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), categories((String[]) rs.getArray(3).getArray()),
					rs.getString(4), Consent.HowGiven.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, LocalDate.class),
					rs.getObject(8, LocalDate.class), rs.getString(9), rs.getObject(10, UUID.class), rs.getString(11), recipients,
					instant(rs.getTimestamp(12)), rs.getString(13), rs.getString(14)))
			.optional();
	}

	/** Active consents that share with the agency and that nobody there has acknowledged yet, oldest first. */
	public List<Consent> awaitingAcknowledgement(UUID agencyId) {
		return jdbc.sql("""
				select c.id from consent c join consent_recipient r on r.consent_id = c.id
				where r.agency_id = :agency and c.recorded_by_agency <> :agency and r.acknowledged_at is null and c.withdrawn_at is null
				  and (c.expires_on is null or c.expires_on >= :today)
				order by c.recorded_at""")
			.param("agency", agencyId).param("today", LocalDate.now(clock))
			.query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
	}

	/** A named person at the recipient acknowledges that their agency holds what was shared. */
	public boolean acknowledge(UUID consentId, UUID agencyId, UUID userId) {
		return jdbc.sql("""
				update consent_recipient set acknowledged_by = ?, acknowledged_at = now()
				where consent_id = ? and agency_id = ? and acknowledged_at is null""")
			.params(userId, consentId, agencyId).update() == 1;
	}

	static Instant instant(java.sql.Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	static EnumSet<InformationCategory> categories(String[] names) {
		return Arrays.stream(names).map(InformationCategory::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(InformationCategory.class)));
	}

	static String labels(java.util.Collection<InformationCategory> categories) {
		return categories.stream().map(c -> c.label().toLowerCase(java.util.Locale.UK)).collect(Collectors.joining(", "));
	}

}
