package org.accord.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.identity.Notifications;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing without consent, and decisions not to share. A request to share shares nothing until a
 * manager of the sharing agency or the information governance lead, other than the requester,
 * approves it; then the recipient is told and must acknowledge receipt.
 */
@Component
public class SharingDecisions {

	private static final String COLUMNS = """
			select d.id, d.person_id, d.decision, d.grounds, d.categories, d.from_agency_id, fa.name as from_agency_name,
			  d.to_agency_id, ta.name as to_agency_name, d.justification, d.person_told, d.not_told_reason, d.status,
			  ru.display_name as requested_by_name, d.requested_at, du.display_name as decided_by_name, d.decided_at,
			  d.decision_note, d.expires_on, au.display_name as acknowledged_by_name, d.acknowledged_at, d.requested_by
			from sharing_decision d join agency fa on fa.id = d.from_agency_id join agency ta on ta.id = d.to_agency_id
			left join app_user ru on ru.id = d.requested_by left join app_user du on du.id = d.decided_by
			left join app_user au on au.id = d.acknowledged_by
			""";

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final InvolvementRegister people;

	private final SharingSettings settings;

	private final Clock clock;

	private final org.accord.audit.AuditLog audit;

	SharingDecisions(JdbcClient jdbc, Notifications notifications, InvolvementRegister people, SharingSettings settings,
			Clock clock, org.accord.audit.AuditLog audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records, for the user's agency, which must work with the person now, a request to share without
	 * consent (pending until approved) or a decision not to share (recorded at once), with its audit row.
	 */
	@Transactional
	public UUID request(PersonAccess access, SharingDecision.Draft d) {
		access.requireWrite();
		if (!d.fromAgencyId().equals(access.agencyId()) || !d.personId().equals(access.personId())) {
			throw new IllegalArgumentException(
					"A sharing decision is made by the user's own agency, for the person they opened");
		}
		UUID id = request(d);
		audit.record(org.accord.audit.AuditEvent.of(d.decision() == SharingDecision.Kind.SHARE ? "REQUEST_SHARE"
				: "DO_NOT_SHARE", "SHARING_DECISION", id).person(d.personId()).reason(d.justification())
				.detail(d.categories() + " to " + d.toAgencyId()));
		return id;
	}

	/**
	 * The decisions this user may read: those between their agency and another, or all for information
	 * governance. The justification, the reason the person was not told and the approver's note stay with
	 * the sharing agency (whose managers approve) and governance.
	 */
	public List<SharingDecision> visibleTo(PersonAccess access) {
		boolean governance = access.user().hasRole(Role.INFORMATION_GOVERNANCE);
		return forPerson(access.personId()).stream()
			.filter(d -> governance || d.fromAgencyId().equals(access.agencyId()) || d.toAgencyId().equals(access.agencyId()))
			.map(d -> governance || d.fromAgencyId().equals(access.agencyId()) ? d : d.withoutReasons())
			.toList();
	}

	/**
	 * Stores the request or decision as given; {@link #request(PersonAccess, SharingDecision.Draft)} checks and audits.
	 */
	@Transactional
	public UUID request(SharingDecision.Draft d) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into sharing_decision (id, person_id, decision, grounds, categories, from_agency_id, to_agency_id,
				  justification,
				  person_told, not_told_reason, status, requested_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, d.personId(), d.decision().name(), d.grounds() == null ? null : d.grounds().name(),
					d.categories().stream().map(Enum::name).toArray(String[]::new), d.fromAgencyId(), d.toAgencyId(),
					d.justification(), d.personTold(), d.notToldReason(),
					d.decision() == SharingDecision.Kind.SHARE ? "PENDING" : "RECORDED", d.requestedBy())
			.update();
		return id;
	}

	/** Whether this user may approve or refuse the request: a manager of the sharing agency, or information governance. */
	public boolean mayDecide(AccordPrincipal user, SharingDecision d) {
		boolean role = user.hasRole(Role.INFORMATION_GOVERNANCE)
				|| (user.hasRole(Role.AGENCY_MANAGER) && user.agencyId().equals(d.fromAgencyId()));
		return role && d.status() == SharingDecision.Status.PENDING && !user.userId().equals(d.requestedById());
	}

	/** Approves or refuses a pending request; an approval shares until the review date and tells the recipient. */
	@Transactional
	public SharingDecision decide(UUID id, AccordPrincipal approver, boolean approve, String note) {
		SharingDecision d = find(id).orElseThrow(() -> new NotFoundException("Sharing decision"));
		if (!mayDecide(approver, d)) {
			throw new BusinessRuleException(d.status() != SharingDecision.Status.PENDING ? "This request was already decided"
					: "Only a manager of the sharing agency or the information governance lead, other than the "
					+ "requester, may decide this");
		}
		LocalDate expires = approve ? LocalDate.now(clock).plus(settings.shareWithoutConsentFor()) : null;
		int decided = jdbc.sql("""
				update sharing_decision set status = ?, decided_by = ?, decided_at = now(), decision_note = ?, expires_on = ?
				where id = ? and status = 'PENDING'""")
			.params(approve ? "APPROVED" : "REFUSED", approver.userId(), note, expires, id)
			.update();
		if (decided == 0) {
			// Another approver got there first: theirs stands, and nobody is told twice.
			throw new org.accord.platform.web.ConflictException("Someone else decided this request a moment "
					+ "ago; nothing was changed");
		}
		audit.record(org.accord.audit.AuditEvent.of(approve ? "APPROVE_SHARE" : "REFUSE_SHARE", "SHARING_DECISION", id)
				.person(d.personId())
			.reason(note));
		if (approve) {
			String name = people.name(d.personId()).orElse("A person");
			notifications.notifyAbout(d.personId(), d.toAgencyId(), null,
					"Information shared with you without consent about " + name,
					d.fromAgencyName() + " has shared " + ConsentRows.labels(d.categories()) + " about " + name + " with your agency ("
							+ d.grounds().label().toLowerCase(java.util.Locale.UK) + "), until " + expires
							+ ". Acknowledge that your agency has received it, and use it only for that purpose.",
					"/sharing/received", false, "Information has been shared with your agency without consent, on recorded grounds.");
		}
		return find(id).orElseThrow();
	}

	public List<SharingDecision> forPerson(UUID personId) {
		return jdbc.sql(COLUMNS + " where d.person_id in (:family) order by d.requested_at desc")
			.param("family", people.recordAndMerged(personId)).query(SharingDecisions::map).list();
	}

	/** Requests waiting for this user to decide. */
	public List<SharingDecision> waitingFor(AccordPrincipal user) {
		return jdbc.sql(COLUMNS + " where d.status = 'PENDING' order by d.requested_at").query(SharingDecisions::map).list()
			.stream()
			.filter(d -> mayDecide(user, d)).toList();
	}

	/** Approved shares to the agency that it has not acknowledged yet. */
	public List<SharingDecision> unacknowledged(UUID agencyId) {
		return jdbc.sql(COLUMNS
				+ " where d.status = 'APPROVED' and d.to_agency_id = ? and d.acknowledged_at is null order by d.decided_at")
			.param(agencyId).query(SharingDecisions::map).list();
	}

	/** A named person at the recipient acknowledges an approved share; false when it is not theirs, or done. */
	@Transactional
	public boolean acknowledge(UUID id, AccordPrincipal user) {
		boolean done = jdbc.sql("""
				update sharing_decision set acknowledged_by = ?, acknowledged_at = now()
				where id = ? and to_agency_id = ? and status = 'APPROVED' and acknowledged_at is null""")
			.params(user.userId(), id, user.agencyId())
			.update() == 1;
		if (done) {
			audit.record(org.accord.audit.AuditEvent.of("ACKNOWLEDGE", "SHARING_DECISION", id)
					.person(find(id).orElseThrow().personId()));
		}
		return done;
	}

	public Optional<SharingDecision> find(UUID id) {
		return jdbc.sql(COLUMNS + " where d.id = ?").param(id).query(SharingDecisions::map).optional();
	}

	private static SharingDecision map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String grounds = rs.getString("grounds");
		return new SharingDecision(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				SharingDecision.Kind.valueOf(rs.getString("decision")), grounds == null ? null : SharingGrounds.valueOf(grounds),
				ConsentRows.categories((String[]) rs.getArray("categories").getArray()), rs.getObject("from_agency_id", UUID.class),
				rs.getString("from_agency_name"), rs.getObject("to_agency_id", UUID.class), rs.getString("to_agency_name"),
				rs.getString("justification"), rs.getBoolean("person_told"), rs.getString("not_told_reason"),
				SharingDecision.Status.valueOf(rs.getString("status")), rs.getString("requested_by_name"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by_name"),
				ConsentRows.instant(rs.getTimestamp("decided_at")), rs.getString("decision_note"),
				rs.getObject("expires_on", LocalDate.class), rs.getString("acknowledged_by_name"),
				ConsentRows.instant(rs.getTimestamp("acknowledged_at")), rs.getObject("requested_by", UUID.class));
	}

}
