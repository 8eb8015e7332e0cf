package org.accord.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.accord.audit.AuditActions;
import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a user may see of a person, and records that it did. Every page,
 * API response, search result, export and PDF about a person asks here, through {@link #open} for a
 * person's own routes; nothing else grants access.
 *
 * <p>Grounds (shared/docs/access-policy.md): a practitioner or manager sees what their own agency
 * recorded while it is or was involved; consent to their agency shows the records of each holder that
 * has confirmed it, where an active information-sharing agreement covers their agency, that holder and
 * the category; an approved decision to share without consent shows the sharing agency's records until
 * it expires; an administrator or information governance lead who records a reason sees the person
 * index. A confidential location is never seen outside the agency that recorded it, whatever the grounds.
 * Writing needs the user's agency to be involved now: sight through consent or a decision never grants it.
 */
@Component
public class AccessPolicy implements org.accord.identity.PersonNames {

	static final String OWN_AGENCY = "Your agency is or was involved with this person: you see what it recorded";

	static final String NOT_INVOLVED = "Your agency is not involved with this person, and no consent or "
			+ "agreement shares it with you";

	static final String ADMIN_REASON = "The person index only: you recorded a reason";

	static final String LOCATION = "Only the agency that recorded it ever sees a confidential location";

	static final String NOT_WRITING = "Only a practitioner or manager of an agency that works with this person now "
			+ "may change their record";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final InvolvementRegister people;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final org.accord.audit.AuditTrail trail;

	AccessPolicy(InvolvementRegister people, AuditLog audit, org.accord.audit.AuditTrail trail, JdbcClient jdbc,
			Clock clock) {
		this.trail = trail;
		this.people = people;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The way in for every route that carries a person's id: a record that does not exist, or that the user
	 * may not know exists, is a 404; a merged record sends the user to the one it is now part of; a change is
	 * refused unless the user's agency works with the person now. The decision is audited.
	 */
	public PersonAccess open(AccordPrincipal user, UUID personId, Purpose purpose, boolean write) {
		if (people.name(personId).isEmpty()) {
			Optional<UUID> kept = people.mergedInto(personId);
			if (kept.isPresent() && mayKnow(user, kept.get())) {
				throw new PersonMergedException(personId, kept.get());
			}
			throw new NotFoundException("Person");
		}
		boolean mayWrite = mayWrite(user, personId);
		if (purpose == Purpose.JOIN) {
			if (!user.caseworker()) {
				throw new AccessDeniedException("Only practitioners and agency managers join a person's record");
			}
			AccessDecision decision = evaluate(user, personId, null);
			// A record is joined from a search that found it, or from what is shared already: a guessed id learns nothing.
			boolean found = !decision.anyVisible();
			if (found && !trail.shownInSearch(user.userId(), personId, java.time.Duration.ofDays(1))) {
				throw new NotFoundException("Person");
			}
			// The joiner sees the person's name before any record is theirs: that look is recorded as well.
			audit.record(AuditEvent.of(purpose.name(), AuditActions.PERSON, personId).person(personId)
				.detail(found ? "opened to join, from the user's own search" : "opened to join; visible: "
						+ decision.visible().keySet()));
			return new PersonAccess(personId, user, purpose, decision, mayWrite);
		}
		if (purpose == Purpose.GOVERNANCE) {
			if (!user.hasRole(Role.INFORMATION_GOVERNANCE)) {
				throw new NotFoundException("Person");
			}
			audit.record(AuditEvent.of(purpose.name(), AuditActions.PERSON, personId).person(personId)
					.detail("opened by information governance"));
			return new PersonAccess(personId, user, purpose, evaluate(user, personId, null), false);
		}
		AccessDecision decision = decide(user, personId, purpose);
		if (!decision.anyVisible()) {
			throw new NotFoundException("Person");
		}
		PersonAccess access = new PersonAccess(personId, user, purpose, decision, mayWrite);
		return write || purpose == Purpose.CHANGE ? access.requireWrite() : access;
	}

	/** A practitioner or manager of an agency that is involved with the person now. */
	public boolean mayWrite(AccordPrincipal user, UUID personId) {
		return user.caseworker() && people.isInvolved(user.agencyId(), personId);
	}

	/**
	 * Whether the user may learn that the person exists at all, without recording a look: for leaving
	 * people out of lists (a related person the user has no grounds for is simply not listed).
	 */
	public boolean mayKnow(AccordPrincipal user, UUID personId) {
		return evaluate(user, personId, null).anyVisible();
	}

	/**
	 * Whether a page may name the person to this user: anyone who may know them, and information
	 * governance, whose work (approvals, the access log, subject access) is about the index itself.
	 */
	@Override
	public boolean mayName(AccordPrincipal user, UUID personId) {
		return user.hasRole(Role.INFORMATION_GOVERNANCE) || mayKnow(user, personId);
	}

	/** Decides, and writes the audit row: SUCCESS when anything is visible, DENIED when nothing is. */
	public AccessDecision decide(AccordPrincipal user, UUID personId, Purpose purpose) {
		return decide(user, personId, purpose, null);
	}

	public AccessDecision decide(AccordPrincipal user, UUID personId, Purpose purpose, String reason) {
		AccessDecision decision = evaluate(user, personId, reason);
		boolean byReason = decision.anyVisible()
				&& ADMIN_REASON.equals(decision.visible().get(InformationCategory.CORE_PROFILE)) && decision.visible().size() == 1;
		AuditEvent event = AuditEvent.of(purpose.name(), AuditActions.PERSON, personId).person(personId)
			.detail("visible: " + decision.visible().keySet() + "; withheld: " + decision.withheld().keySet() + "; grounds: "
					+ String.join(" | ", new LinkedHashSet<>(decision.visible().values())));
		audit.record(decision.anyVisible() ? event.reason(byReason ? reason : null) : event.denied());
		return decision;
	}

	/** The decision without its audit row; {@link #decide} is the way in for everything that shows data. */
	AccessDecision evaluate(AccordPrincipal user, UUID personId, String reason) {
		Grants grants = new Grants();
		UUID agency = user.agencyId();
		LocalDate today = LocalDate.now(clock);
		if (user.caseworker() && people.wasEverInvolved(agency, personId)) {
			for (InformationCategory category : InformationCategory.values()) {
				grants.grant(category, OWN_AGENCY, Set.of(agency));
			}
		}
		if (user.caseworker()) {
			List<UUID> records = people.recordAndMerged(personId);
			ConsentGrounds.apply(jdbc, records, agency, today, grants);
			approvedDecisions(records, agency, today, grants);
		}
		boolean indexByReason = (user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.INFORMATION_GOVERNANCE))
				&& reason != null && !reason.isBlank();
		if (indexByReason && !grants.has(InformationCategory.CORE_PROFILE)) {
			grants.grant(InformationCategory.CORE_PROFILE, ADMIN_REASON, Set.of());
		}
		Map<InformationCategory, String> visible = new EnumMap<>(InformationCategory.class);
		Map<InformationCategory, String> withheld = new EnumMap<>(InformationCategory.class);
		for (InformationCategory category : InformationCategory.values()) {
			if (grants.has(category)) {
				visible.put(category, String.join("; ", grants.grounds.get(category)));
			}
			else {
				withheld.put(category, category == InformationCategory.CONFIDENTIAL_LOCATION ? LOCATION
						: grants.refusals.getOrDefault(category, NOT_INVOLVED));
			}
		}
		return new AccessDecision(personId, agency, visible, grants.sources, withheld);
	}

	private void approvedDecisions(List<UUID> records, UUID agency, LocalDate today, Grants grants) {
		jdbc.sql("""
				select d.categories, d.from_agency_id, a.name, d.grounds, d.expires_on
				from sharing_decision d join agency a on a.id = d.from_agency_id
				where d.person_id in (:people) and d.to_agency_id = :agency and d.decision = 'SHARE' and d.status = 'APPROVED'
				  and d.expires_on >= :today""")
			.param("people", records).param("agency", agency).param("today", today)
			.query((rs, n) -> {
				for (InformationCategory category : ConsentGrounds.categories((String[]) rs.getArray("categories").getArray())) {
					if (category != InformationCategory.CONFIDENTIAL_LOCATION) {
						grants.grant(category, "Shared without consent by " + rs.getString("name") + " ("
								+ SharingGrounds.valueOf(rs.getString("grounds")).label().toLowerCase(Locale.UK) + "), approved, until "
								+ DAY.format(rs.getObject("expires_on", LocalDate.class)), Set.of(rs.getObject("from_agency_id", UUID.class)));
					}
				}
				return 0;
			})
			.list();
	}

}
