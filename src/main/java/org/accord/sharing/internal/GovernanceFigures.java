package org.accord.sharing.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.accord.audit.AuditActions;
import org.accord.audit.AuditTrail;
import org.accord.platform.security.AccordPrincipal;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.InvolvementRegister;
import org.accord.sharing.Purpose;
import org.accord.sharing.SharingSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures the information governance lead watches, from sharing's own tables and from the audit trail, which
 * only {@code audit} reads.
 */
@Component
class GovernanceFigures {

	record Row(UUID personId, String person, String what, String who, String when) {
	}

	record Unusual(String username, String agency, String pattern) {
	}

	record Join(UUID personId, String person, String who, String when, String grounds, String reason) {
	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final JdbcClient jdbc;

	private final AuditTrail trail;

	private final AccessPolicy policy;

	private final InvolvementRegister people;

	private final SharingSettings settings;

	GovernanceFigures(JdbcClient jdbc, AuditTrail trail, AccessPolicy policy, InvolvementRegister people,
			SharingSettings settings) {
		this.jdbc = jdbc;
		this.trail = trail;
		this.policy = policy;
		this.people = people;
		this.settings = settings;
	}

	/** Shares without consent approved and still in force, soonest to lapse first. */
	List<Row> overrides(LocalDate today) {
		return jdbc.sql("""
				select d.person_id, fa.name || ' to ' || ta.name as between_agencies, d.grounds, d.expires_on
				from sharing_decision d join agency fa on fa.id = d.from_agency_id join agency ta on ta.id = d.to_agency_id
				where d.decision = 'SHARE' and d.status = 'APPROVED' and d.expires_on >= ? order by d.expires_on""")
			.param(today)
			.query((rs, n) -> {
				LocalDate until = rs.getObject("expires_on", LocalDate.class);
				return row(rs.getObject("person_id", UUID.class), rs.getString("between_agencies"), rs.getString("grounds"),
						(until.isBefore(today.plusDays(15)) ? "Review by " : "Until ") + until);
			})
			.list();
	}

	/** Consents and shares that a receiving agency has left unacknowledged for more than two days. */
	List<Row> unacknowledged(LocalDate today) {
		return jdbc.sql("""
				select c.person_id, a.name, 'Consent: ' || array_to_string(c.categories, ', ') as what,
				  c.recorded_at::date as since
				from consent c join consent_recipient r on r.consent_id = c.id join agency a on a.id = r.agency_id
				where r.acknowledged_at is null and c.withdrawn_at is null and r.agency_id <> c.recorded_by_agency_id
				  and c.recorded_at < now() - interval '2 days'
				  and (c.expires_on is null or c.expires_on >= :today)
				union all
				select d.person_id, a.name, 'Shared without consent: ' || array_to_string(d.categories, ', ') as what,
				  d.decided_at::date as since
				from sharing_decision d join agency a on a.id = d.to_agency_id
				where d.status = 'APPROVED' and d.acknowledged_at is null and d.decided_at < now() - interval '2 days'
				  and d.expires_on >= :today
				order by since limit 100""")
			.param("today", today)
			.query((rs, n) -> row(rs.getObject("person_id", UUID.class), rs.getString("what"), rs.getString("name"),
					"Since " + rs.getObject("since", LocalDate.class)))
			.list();
	}

	/** Consents in force that run out in the next 30 days. */
	List<Row> expiring(LocalDate today) {
		return jdbc.sql("""
				select c.person_id, c.purpose, a.name, c.expires_on from consent c join agency a on a.id = c.recorded_by_agency_id
				where c.withdrawn_at is null and c.expires_on between ? and ? order by c.expires_on""")
			.params(today, today.plusDays(30))
			.query((rs, n) -> row(rs.getObject("person_id", UUID.class), rs.getString("purpose"), rs.getString("name"),
					"Expires " + rs.getObject("expires_on", LocalDate.class)))
			.list();
	}

	/** The agencies that joined a person's record in the last week, with their grounds. */
	List<Join> joins(AccordPrincipal me) {
		return trail.recent(AuditActions.INVOLVE, AuditActions.AGENCY_JOINED, 7, 100).stream()
			.map(e -> new Join(e.personId(), nameFor(me, e.personId()), e.username() + ", " + e.agencyName(),
					WHEN.format(e.occurredAt()), e.detail().replace(AuditActions.AGENCY_JOINED + ": ", ""), e.reason()))
			.toList();
	}

	/** The week is the audit trail's, whose rows carry the database's time. */
	List<Unusual> unusual() {
		var refused = trail.refusedOpenings(settings.unusualRefusals()).stream()
			.map(u -> new Unusual(u.username(), u.agencyName(), u.count() + " refused attempts to open people's records"));
		var many = trail.peopleOpened(Purpose.VIEW.name(), settings.unusualPeople()).stream()
			.map(u -> new Unusual(u.username(), u.agencyName(), u.count() + " different people opened"));
		var reasons = trail.openedWithReason(Stream.of(Purpose.VIEW, Purpose.CHANGE, Purpose.EXPORT).map(Enum::name).toList())
			.stream()
			.map(u -> new Unusual(u.username(), u.agencyName(), u.count() + " records opened with an administrator's reason"));
		var joins = trail.frequent(AuditActions.INVOLVE, AuditActions.AGENCY_JOINED, settings.unusualJoins()).stream()
			.map(u -> new Unusual(u.username(), u.agencyName(), u.count() + " people's records joined"));
		return Stream.of(refused, many, reasons, joins).flatMap(s -> s).toList();
	}

	/** A person is named only to a user the policy lets name them; a merged-away record has no name of its own. */
	String nameFor(AccordPrincipal me, UUID personId) {
		return policy.mayName(me, personId) ? people.name(personId).orElse("A merged record") : "A person";
	}

	private Row row(UUID personId, String what, String who, String when) {
		return new Row(personId, people.name(personId).orElse("A merged record"), what, who, when);
	}

}
