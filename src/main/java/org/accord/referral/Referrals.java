package org.accord.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.directory.Service;
import org.accord.people.Involvements;
import org.accord.people.JoinGrounds;
import org.accord.people.People;
import org.accord.platform.calendar.WorkingDays;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidFieldException;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.Consent;
import org.accord.sharing.Consents;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.Purpose;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed-loop referrals: sent with the person's consent to share the ticked categories, answered by the receiving
 * service by a deadline in working days, and closed only with a reason or an outcome, which the referrer is always
 * told. Only the two agencies (and information governance) read a referral, each through the access policy.
 */
@Component
public class Referrals {

	private final ReferralRows rows;

	private final ReferralDrafts drafts;

	private final Consents consents;

	private final AccessPolicy policy;

	private final People people;

	private final Involvements involvements;

	private final ReferralNotices notices;

	private final AuditLog audit;

	private final ReferralSettings settings;

	private final Clock clock;

	Referrals(ReferralRows rows, ReferralDrafts drafts, Consents consents, AccessPolicy policy,
			People people, Involvements involvements, ReferralNotices notices, AuditLog audit, ReferralSettings settings,
			Clock clock) {
		this.rows = rows;
		this.drafts = drafts;
		this.consents = consents;
		this.policy = policy;
		this.people = people;
		this.involvements = involvements;
		this.notices = notices;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** As {@link #send(PersonAccess, Referral.Draft)}, for a person named by id: opened through the policy to change. */
	@Transactional
	public UUID send(AccordPrincipal user, UUID personId, Referral.Draft d) {
		if (personId == null) {
			throw new InvalidFieldException("personId", "Say whom you are referring");
		}
		return send(policy.open(user, personId, Purpose.CHANGE, true), d);
	}

	/**
	 * Sends a referral of the person the user opened to another agency's service. The person's consent to this
	 * referral is recorded as a consent to the receiving agency, with the referrer's agency as its holder; a
	 * category no active agreement lets the two agencies share is refused, with why.
	 */
	@Transactional
	public UUID send(PersonAccess access, Referral.Draft d) {
		access.requireWrite();
		Service service = drafts.check(access, d);
		Set<InformationCategory> categories = d.categories();
		LocalDate today = LocalDate.now(clock);
		UUID consentId = consents.record(access, new Consent.Draft(access.personId(), categories,
				Set.of(service.agencyId()), "Referral to " + service.name(), Consent.HowGiven.VERBAL, null, today, null,
				access.user().userId(), access.agencyId()));
		UUID id = UUID.randomUUID();
		LocalDate respondBy = WorkingDays.plus(today, settings.responseWorkingDays());
		rows.insert(id, access.personId(), access.agencyId(), access.user().userId(), service.id(), service.name(),
				service.agencyId(),
				d.reason().strip(), categories, consentId, respondBy, d.checklist());
		rows.step(id, ReferralStatus.SENT, access.user().userId(), access.agencyId(), null, null, clock.instant());
		audit.record(AuditEvent.of("REFER", "REFERRAL", id).person(access.personId())
			.detail("to " + service.name() + "; shared: " + categories + "; respond by " + respondBy));
		notices.sent(rows.find(id).orElseThrow());
		return id;
	}

	/**
	 * The referral for one of its two agencies or information governance; anyone else learns nothing (404). The
	 * receiving agency's first look marks it received, which the referrer sees in its history.
	 */
	@Transactional
	public Referral open(AccordPrincipal user, UUID id) {
		Referral referral = readable(user, id);
		PersonAccess access = person(user, referral, Purpose.VIEW);
		if (referral.status() == ReferralStatus.SENT && receiving(user, referral)) {
			move(user, referral, ReferralStatus.RECEIVED, null, null, null, null);
			referral = rows.find(id).orElseThrow();
		}
		audit.record(AuditEvent.of("VIEW", "REFERRAL", id).person(referral.personId()));
		return referral.named(policy.mayName(user, access.personId()) ? people.name(access.personId()).orElse(null)
				: null);
	}

	/** The receiving agency takes the person on: it joins their record on the grounds of the referral. */
	@Transactional
	public void accept(AccordPrincipal user, UUID id, String note) {
		Referral referral = answerable(user, id);
		receiveFirst(user, referral);
		move(user, referral, ReferralStatus.ACCEPTED, null, null, null, note);
		involvements.join(person(user, referral, Purpose.JOIN), JoinGrounds.REFERRAL_RECEIVED,
				"Accepted the referral to " + referral.toServiceName(), "Accepted referral");
		notices.answered(rows.find(id).orElseThrow(), "accepted");
	}

	/** Declining needs a reason from the list, and words of its own when the reason is "other". */
	@Transactional
	public void decline(AccordPrincipal user, UUID id, DeclineReason reason, String detail, Referral.RiskCheck risk) {
		if (reason == null) {
			throw new InvalidFieldException("reason", "Choose why the service cannot take the referral");
		}
		if (reason == DeclineReason.OTHER && (detail == null || detail.isBlank())) {
			throw new InvalidFieldException("detail", "Say why the service cannot take the referral");
		}
		RiskChecks.check(risk);
		Referral referral = answerable(user, id);
		receiveFirst(user, referral);
		move(user, referral, ReferralStatus.DECLINED, reason, null, reason.name(), detail);
		if (risk != null) {
			rows.riskCheck(id, risk);
		}
		Referral declined = rows.find(id).orElseThrow();
		notices.answered(declined, "declined: " + reason.label().toLowerCase(Locale.UK));
		if (risk != null && risk.atRisk()) {
			// Figure 10: a person at risk is not left with a decline; the service's manager and the referrer act on it.
			notices.riskRaised(declined);
			audit.record(AuditEvent.of("RISK_CONCERN", "REFERRAL", id).person(referral.personId())
				.detail("raised on a decline; person: " + risk.told()));
		}
	}

	/** As {@link #decline(AccordPrincipal, UUID, DeclineReason, String, Referral.RiskCheck)}, without a risk check. */
	@Transactional
	public void decline(AccordPrincipal user, UUID id, DeclineReason reason, String detail) {
		decline(user, id, reason, detail, null);
	}

	/** The referring agency withdraws the referral, with its reason; the receiving agency is told. */
	@Transactional
	public void withdraw(AccordPrincipal user, UUID id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidFieldException("reason", "Say why the referral is withdrawn");
		}
		Referral referral = readable(user, id);
		if (!user.caseworker() || !referral.fromAgencyId().equals(user.agencyId())) {
			throw new AccessDeniedException("Only the referring agency withdraws a referral");
		}
		move(user, referral, ReferralStatus.WITHDRAWN, null, null, null, reason.strip());
		notices.withdrawn(rows.find(id).orElseThrow());
	}

	/** The receiving service closes an accepted referral with its outcome; the referrer is told the outcome. */
	@Transactional
	public void complete(AccordPrincipal user, UUID id, ReferralOutcome outcome, String note) {
		if (outcome == null) {
			throw new InvalidFieldException("outcome", "Choose the outcome of the referral");
		}
		Referral referral = readable(user, id);
		if (!receiving(user, referral)) {
			throw new AccessDeniedException("Only the receiving agency closes a referral with its outcome");
		}
		move(user, referral, ReferralStatus.COMPLETED, null, outcome, outcome.name(), note);
		notices.answered(rows.find(id).orElseThrow(), "closed: " + outcome.label().toLowerCase(Locale.UK));
	}

	/** The referrals waiting for the user's agency's answer, or accepted and not yet closed, soonest due first. */
	public List<Referral> inbox(AccordPrincipal user) {
		return user.caseworker() ? named(user, rows.inbox(user.agencyId(), 200)) : List.of();
	}

	/** The referrals the user's agency sent, newest first. */
	public List<Referral> sent(AccordPrincipal user) {
		return user.caseworker() ? named(user, rows.sent(user.agencyId(), 200)) : List.of();
	}

	/** The person's referrals the user's agency sent or received, or all of them for information governance. */
	public List<Referral> forPerson(PersonAccess access) {
		boolean governance = access.user().hasRole(Role.INFORMATION_GOVERNANCE);
		String name = people.name(access.personId()).orElse(null);
		return rows.forPeople(people.recordAndMerged(access.personId())).stream()
			.filter(r -> governance || party(access.user(), r))
			.map(r -> r.named(name))
			.toList();
	}

	/** A list names each person only to a user the policy lets name them; the listing is audited per person. */
	private List<Referral> named(AccordPrincipal user, List<Referral> referrals) {
		return referrals.stream().map(r -> {
			boolean may = policy.mayName(user, r.personId());
			if (may) {
				audit.record(AuditEvent.of("LISTED", "REFERRAL", r.id()).person(r.personId()));
			}
			return r.named(may ? people.name(r.personId()).orElse(null) : null);
		}).toList();
	}

	/** Every referral about the person, for the subject access export, which information governance answers. */
	public List<Referral> heldAbout(UUID personId) {
		return rows.forPeople(List.of(personId));
	}

	/** Removes every referral about the person and its history, for retention; returns their ids. */
	@Transactional
	public List<UUID> removeAll(UUID personId) {
		return rows.removeFor(personId);
	}

	private Referral readable(AccordPrincipal user, UUID id) {
		Referral referral = rows.find(id).orElseThrow(() -> new NotFoundException("Referral"));
		if (!party(user, referral) && !user.hasRole(Role.INFORMATION_GOVERNANCE)) {
			throw new NotFoundException("Referral");
		}
		return referral;
	}

	private Referral answerable(AccordPrincipal user, UUID id) {
		Referral referral = readable(user, id);
		if (!receiving(user, referral)) {
			throw new AccessDeniedException("Only the receiving agency answers a referral");
		}
		return referral;
	}

	/** Information governance answers for a referral without being party to it: it opens the person as governance. */
	private PersonAccess person(AccordPrincipal user, Referral referral, Purpose purpose) {
		UUID personId = people.mergedInto(referral.personId()).orElse(referral.personId());
		boolean governance = !party(user, referral) && user.hasRole(Role.INFORMATION_GOVERNANCE);
		return policy.open(user, personId, governance ? Purpose.GOVERNANCE : purpose, false);
	}

	private void receiveFirst(AccordPrincipal user, Referral referral) {
		if (referral.status() == ReferralStatus.SENT) {
			move(user, referral, ReferralStatus.RECEIVED, null, null, null, null);
		}
	}

	/** One transition: legal from where it is now, not overtaken by someone else's, recorded and audited. */
	private void move(AccordPrincipal user, Referral referral, ReferralStatus to, DeclineReason declined,
			ReferralOutcome outcome, String reason, String detail) {
		ReferralStatus from = rows.find(referral.id()).orElseThrow().status();
		if (!from.mayBecome(to)) {
			throw new BusinessRuleException("A referral that is " + from.label().toLowerCase(Locale.UK) + " cannot be "
					+ to.verb() + (from.closed() ? ": it is closed" : ""));
		}
		if (!rows.move(referral.id(), from, to, declined, outcome)) {
			throw new ConflictException("Someone else answered this referral first; reload it to see what they did");
		}
		// On the application's clock, as the deadlines are, so the history and the pillar-to-post window agree.
		rows.step(referral.id(), to, user.userId(), user.agencyId(), reason, blankToNull(detail), clock.instant());
		audit.record(AuditEvent.of(to.name(), "REFERRAL", referral.id()).person(referral.personId())
			.reason(reason).detail(from + " to " + to));
	}

	private static boolean party(AccordPrincipal user, Referral referral) {
		return user.caseworker() && (referral.fromAgencyId().equals(user.agencyId())
				|| referral.toAgencyId().equals(user.agencyId()));
	}

	private static boolean receiving(AccordPrincipal user, Referral referral) {
		return user.caseworker() && referral.toAgencyId().equals(user.agencyId());
	}


	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
