package org.accord.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a user may see of a person, and records that it did. Every page,
 * API response, search result, export and PDF about a person asks here; nothing else grants access.
 *
 * <p>Grounds (shared/docs/access-policy.md): a practitioner or manager sees what their own agency
 * recorded while it is or was involved; consent to their agency, where an active information-sharing
 * agreement covers their agency, the recording agency and the category, shows that agency's records;
 * an approved decision to share without consent shows the sharing agency's records until it expires;
 * an administrator or information governance lead who records a reason sees the person index. A
 * confidential location is never seen outside the agency that recorded it, whatever the grounds.
 */
@Component
public class AccessPolicy {

	static final String OWN_AGENCY = "Your agency is involved with this person: you see what it recorded";

	static final String NOT_INVOLVED = "Your agency is not involved with this person, and no consent or agreement shares it with you";

	static final String ADMIN_REASON = "The person index only: you recorded a reason";

	static final String LOCATION = "Only the agency that recorded it ever sees a confidential location";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final InvolvementRegister people;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessPolicy(InvolvementRegister people, AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.people = people;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether the user may learn that the person exists at all, without recording a look: for leaving
	 * people out of lists (a related person the user has no grounds for is simply not listed).
	 */
	public boolean mayKnow(AccordPrincipal user, UUID personId) {
		return evaluate(user, personId, null).anyVisible();
	}

	/** Decides, and writes the audit row: SUCCESS when anything is visible, DENIED when nothing is. */
	public AccessDecision decide(AccordPrincipal user, UUID personId, Purpose purpose) {
		return decide(user, personId, purpose, null);
	}

	public AccessDecision decide(AccordPrincipal user, UUID personId, Purpose purpose, String reason) {
		AccessDecision decision = evaluate(user, personId, reason);
		boolean byReason = decision.anyVisible() && ADMIN_REASON.equals(decision.visible().get(InformationCategory.CORE_PROFILE))
				&& decision.visible().size() == 1;
		AuditEvent event = AuditEvent.of(purpose.name(), "PERSON", personId).person(personId)
			.detail("visible: " + decision.visible().keySet() + "; withheld: " + decision.withheld().keySet() + "; grounds: "
					+ String.join(" | ", new LinkedHashSet<>(decision.visible().values())));
		audit.record(decision.anyVisible() ? event.reason(byReason ? reason : null) : event.denied());
		return decision;
	}

	/** The decision without its audit row; {@link #decide} is the way in for everything that shows data. */
	AccessDecision evaluate(AccordPrincipal user, UUID personId, String reason) {
		Map<InformationCategory, List<String>> grounds = new EnumMap<>(InformationCategory.class);
		Map<InformationCategory, Set<UUID>> sources = new EnumMap<>(InformationCategory.class);
		Map<InformationCategory, String> refusals = new EnumMap<>(InformationCategory.class);
		UUID agency = user.agencyId();
		boolean caseworker = user.hasRole(Role.PRACTITIONER) || user.hasRole(Role.AGENCY_MANAGER);
		LocalDate today = LocalDate.now(clock);

		if (caseworker && people.wasEverInvolved(agency, personId)) {
			for (InformationCategory category : InformationCategory.values()) {
				grant(grounds, sources, category, OWN_AGENCY, Set.of(agency));
			}
		}
		if (caseworker) {
			List<UUID> family = people.family(personId);
			consents(family, agency, today, grounds, sources, refusals);
			approvedDecisions(family, agency, today, grounds, sources);
		}
		boolean indexByReason = (user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.INFORMATION_GOVERNANCE)) && reason != null
				&& !reason.isBlank();
		if (indexByReason && !grounds.containsKey(InformationCategory.CORE_PROFILE)) {
			grant(grounds, sources, InformationCategory.CORE_PROFILE, ADMIN_REASON, Set.of());
		}

		Map<InformationCategory, String> visible = new EnumMap<>(InformationCategory.class);
		Map<InformationCategory, String> withheld = new EnumMap<>(InformationCategory.class);
		for (InformationCategory category : InformationCategory.values()) {
			if (grounds.containsKey(category)) {
				visible.put(category, String.join("; ", grounds.get(category)));
			}
			else {
				withheld.put(category, category == InformationCategory.CONFIDENTIAL_LOCATION ? LOCATION
						: refusals.getOrDefault(category, NOT_INVOLVED));
			}
		}
		return new AccessDecision(personId, agency, visible, sources, withheld);
	}

	/**
	 * Consent to the user's agency shows each category as recorded by the agencies that share an active
	 * agreement covering it with the user's agency. Consent without such an agreement shares nothing,
	 * and the refusal says so.
	 */
	private void consents(List<UUID> family, UUID agency, LocalDate today, Map<InformationCategory, List<String>> grounds,
			Map<InformationCategory, Set<UUID>> sources, Map<InformationCategory, String> refusals) {
		var consents = jdbc.sql("""
				select c.id, c.categories, a.name, c.given_on, c.expires_on
				from consent c join consent_recipient r on r.consent_id = c.id join agency a on a.id = c.recorded_by_agency
				where c.person_id in (:family) and r.agency_id = :agency and c.withdrawn_at is null
				  and (c.expires_on is null or c.expires_on >= :today)
				order by c.given_on""")
			.param("family", family).param("agency", agency).param("today", today)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), List.of((String[]) rs.getArray(2).getArray()), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class) })
			.list();
		if (consents.isEmpty()) {
			return;
		}
		for (Object[] c : consents) {
			@SuppressWarnings("unchecked")
			List<String> categories = (List<String>) c[1];
			for (String name : categories) {
				InformationCategory category = InformationCategory.valueOf(name);
				if (category == InformationCategory.CONFIDENTIAL_LOCATION) {
					continue;
				}
				var covered = jdbc.sql("""
						select other.agency_id, s.title
						from sharing_agreement s
						join sharing_agreement_party mine on mine.agreement_id = s.id and mine.agency_id = :agency
						join sharing_agreement_party other on other.agreement_id = s.id and other.agency_id <> :agency
						where s.status = 'ACTIVE' and :category = any(s.categories)""")
					.param("agency", agency).param("category", name)
					.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) })
					.list();
				if (covered.isEmpty()) {
					refusals.putIfAbsent(category, "The person consented, but no active information-sharing agreement covers your agency and "
							+ category.label().toLowerCase(Locale.UK));
					continue;
				}
				Set<UUID> agencies = new HashSet<>();
				Set<String> titles = new LinkedHashSet<>();
				for (Object[] row : covered) {
					agencies.add((UUID) row[0]);
					titles.add((String) row[1]);
				}
				grant(grounds, sources, category, "Consent recorded by " + c[2] + " on " + DAY.format((LocalDate) c[3])
						+ (c[4] == null ? "" : ", valid to " + DAY.format((LocalDate) c[4])) + ", under " + String.join(", ", titles), agencies);
			}
		}
	}

	private void approvedDecisions(List<UUID> family, UUID agency, LocalDate today, Map<InformationCategory, List<String>> grounds,
			Map<InformationCategory, Set<UUID>> sources) {
		jdbc.sql("""
				select d.categories, d.from_agency_id, a.name, d.grounds, d.expires_on
				from sharing_decision d join agency a on a.id = d.from_agency_id
				where d.person_id in (:family) and d.to_agency_id = :agency and d.decision = 'SHARE' and d.status = 'APPROVED'
				  and d.expires_on >= :today""")
			.param("family", family).param("agency", agency).param("today", today)
			.query((rs, n) -> {
				for (String name : (String[]) rs.getArray(1).getArray()) {
					InformationCategory category = InformationCategory.valueOf(name);
					if (category != InformationCategory.CONFIDENTIAL_LOCATION) {
						grant(grounds, sources, category, "Shared without consent by " + rs.getString(3) + " ("
								+ SharingGrounds.valueOf(rs.getString(4)).label().toLowerCase(Locale.UK) + "), approved, until "
								+ DAY.format(rs.getObject(5, LocalDate.class)), Set.of(rs.getObject(2, UUID.class)));
					}
				}
				return 0;
			})
			.list();
	}

	private static void grant(Map<InformationCategory, List<String>> grounds, Map<InformationCategory, Set<UUID>> sources,
			InformationCategory category, String why, Set<UUID> agencies) {
		List<String> reasons = grounds.computeIfAbsent(category, c -> new ArrayList<>());
		if (!reasons.contains(why)) {
			reasons.add(why);
		}
		sources.computeIfAbsent(category, c -> new HashSet<>()).addAll(agencies);
	}

}
