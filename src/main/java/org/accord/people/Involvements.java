package org.accord.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.audit.AuditActions;
import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Notifications;
import org.accord.platform.web.BusinessRuleException;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.Purpose;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works with a person: joining on recorded grounds, ending with the support left in place, and the
 * list as one user may see it. Involvement is the first ground of the access policy, so it is never
 * taken lightly (shared/docs/access-policy.md).
 */
@Component
public class Involvements {

	private final People people;

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	private final LeadProfessionals leads;

	Involvements(People people, JdbcClient jdbc, Notifications notifications, AuditLog audit, Clock clock,
			LeadProfessionals leads) {
		this.leads = leads;
		this.people = people;
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The user's agency joins the person, on its grounds and with its reason; the lead professional (or,
	 * without one, every agency involved now) is told at once. Returns false when it was already involved.
	 */
	@Transactional
	public boolean join(PersonAccess access, JoinGrounds grounds, String reason, String role) {
		if (access.purpose() != Purpose.JOIN || grounds == JoinGrounds.CREATED_RECORD) {
			throw new IllegalArgumentException("Joining needs the JOIN purpose and the grounds a user gives");
		}
		UUID personId = access.personId();
		var me = access.user();
		List<Involvement> before = people.involvements(personId).stream().filter(Involvement::current).toList();
		boolean added = people.involve(personId, me.agencyId(), role, me.userId(), grounds, reason);
		audit.record(AuditEvent.of(AuditActions.INVOLVE, AuditActions.PERSON, personId).person(personId).reason(reason)
			.detail(added ? AuditActions.AGENCY_JOINED + ": " + grounds : "already involved"));
		if (!added) {
			return false;
		}
		String name = people.name(personId).orElse("A person");
		String subject = me.agencyName() + " joined " + name + "'s record";
		String body = me.displayName() + " of " + me.agencyName() + " joined " + name + "'s record. Grounds: "
				+ grounds.label().toLowerCase(java.util.Locale.UK) + ". Reason given: " + reason;
		String link = "/people/" + personId;
		String email = "Another agency has joined the record of a person your agency works with.";
		Optional<LeadProfessional> lead = people.leadProfessional(personId).filter(l -> !l.agencyId().equals(me.agencyId()));
		if (lead.isPresent()) {
			notifications.notifyAbout(personId, lead.get().agencyId(), lead.get().workerUserId(), subject, body, link, false,
					email);
		}
		else {
			before.stream().map(Involvement::agencyId).filter(a -> !a.equals(me.agencyId())).distinct()
				.forEach(agency -> notifications.notifyAbout(personId, agency, null, subject, body, link, false, email));
		}
		return true;
	}

	/**
	 * Ends the user's agency's involvement, with its reason and the support in place (003:98). The lead
	 * professional's agency must hand the lead to another first. Afterwards the agency still reads what it
	 * recorded itself, and writes nothing.
	 */
	@Transactional
	public Involvement end(PersonAccess access, String reason, String ongoingSupport) {
		access.requireWrite();
		UUID personId = access.personId();
		var me = access.user();
		if (people.leadProfessional(personId).filter(l -> l.agencyId().equals(me.agencyId())).isPresent()) {
			throw new BusinessRuleException("Your agency is the lead professional: hand the lead to another involved "
					+ "agency before ending" + " your involvement");
		}
		int ended = jdbc.sql("""
				update involvement set ended_on = :today, ended_by = :user, end_reason = :reason, ongoing_support = :support
				where agency_id = :agency and ended_on is null
				  and person_id in (select m.id from person m where m.id = :p or m.merged_into = :p)""")
			.param("today", LocalDate.now(clock)).param("user", me.userId()).param("reason", reason)
			.param("support", ongoingSupport)
			.param("agency", me.agencyId()).param("p", personId)
			.update();
		if (ended == 0) {
			throw new BusinessRuleException("Your agency's involvement has already ended");
		}
		audit.record(AuditEvent.of("END_INVOLVEMENT", "PERSON", personId).person(personId).reason(reason)
			.detail("ongoing support recorded"));
		people.leadProfessional(personId)
			.ifPresent(lead -> notifications.notifyAbout(personId, lead.agencyId(), lead.workerUserId(),
				me.agencyName() + " ended its involvement with " + people.name(personId).orElse("a person"),
				me.agencyName() + " ended its involvement. Reason: " + reason + ". Ongoing support: " + ongoingSupport,
				"/people/" + personId, false, "An agency has ended its involvement with a person your agency leads for."));
		return people.involvements(personId).stream().filter(i -> i.agencyId().equals(me.agencyId())).findFirst()
			.orElseThrow();
	}

	/**
	 * Agrees the lead professional: one of the agencies involved now (and, optionally, its named worker), with
	 * who agreed it, so the person never has to co-ordinate the agencies themself (003:114). Refused, naming
	 * the field, for an agency not involved or a worker not its named one.
	 */
	@Transactional
	public LeadProfessional agreeLead(PersonAccess access, UUID agencyId, UUID workerUserId, String agreedBy) {
		access.requireWrite();
		UUID id = access.personId();
		List<Involvement> all = people.involvements(id);
		// Only an agency the user may know of: otherwise choosing it would tell them it works with the person.
		Involvement involvement = all.stream()
			.filter(i -> i.agencyId().equals(agencyId) && i.current() && access.canSee(i.category(), i.agencyId()))
			.findFirst()
			.orElseThrow(() -> new org.accord.platform.web.InvalidInputException(
					List.of(new org.accord.platform.web.Problems.FieldMessage("agencyId",
							"must be an agency involved with the person"))));
		if (workerUserId != null
				&& all.stream().noneMatch(i -> workerUserId.equals(i.workerUserId()) && i.agencyId().equals(agencyId))) {
			throw new org.accord.platform.web.InvalidInputException(
					List.of(new org.accord.platform.web.Problems.FieldMessage("workerUserId",
							"must be the named worker of that agency's involvement")));
		}
		leads.setLeadProfessional(id, involvement.agencyId(), workerUserId, agreedBy, access.user().userId());
		audit.record(AuditEvent.of("LEAD_PROFESSIONAL", "PERSON", id).person(id).reason(agreedBy)
				.detail("lead: " + involvement.agencyName()));
		return people.leadProfessional(id).orElseThrow();
	}

	/** The involvements the user may know of: being under an agency reveals its category. */
	public List<Involvement> visibleTo(PersonAccess access) {
		return people.involvements(access.personId()).stream().filter(i -> access.canSee(i.category(), i.agencyId()))
			.toList();
	}

	/** The lead professional, when the user may know of the lead agency's involvement. */
	public Optional<LeadProfessional> leadVisibleTo(PersonAccess access) {
		List<Involvement> visible = visibleTo(access);
		return people.leadProfessional(access.personId())
			.filter(l -> visible.stream().anyMatch(i -> i.agencyId().equals(l.agencyId())));
	}

}
