package org.accord.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.directory.NeedCategory;
import org.accord.directory.Service;
import org.accord.directory.Services;
import org.accord.people.People;
import org.accord.people.PersonFlag;
import org.accord.people.PersonFlags;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.referral.ReferralRows.Decline;
import org.accord.sharing.AccessPolicy;
import org.accord.sharing.InformationCategory;
import org.accord.sharing.PersonAccess;

import org.springframework.stereotype.Component;

/**
 * Pillar-to-post detection (issue 12): survivors are "passed from pillar to post" (000:160-171), and people with
 * both mental health and substance use needs are refused by both (003:24). A person is flagged when, within the
 * window (default 90 days back from now), 3 or more different services declined them (default), or a mental health
 * service and a substance use service both did, as the directory's needs of each declining service say. Accepted,
 * withdrawn and open referrals do not count: only a decline is a door closed.
 *
 * <p>Who sees what. Being bounced between services is what every agency around the person needs to know to
 * escalate, but which service declined reveals a need (a mental health service's decline reveals a mental health
 * need). So:
 * <ul>
 * <li>the flag is shown to anyone who may see the person's core profile; except that a flag raised only by the
 * second rule is itself the news that both a mental health and a drug and alcohol service declined them, so it is
 * shown only to a user who may see both MENTAL_HEALTH and SUBSTANCE_USE;</li>
 * <li>each decline in its history is shown only to the two agencies of its referral, or to information governance
 * (the readers of the referral itself), and a decline by a service whose needs include MENTAL_HEALTH or
 * SUBSTANCE_USE only to a user who may see that category of the person;</li>
 * <li>the rest are counted: "and N other declines you may not see the details of". The count says nothing of
 * which services, so it is safe to show with the flag.</li>
 * </ul>
 */
@Component
public class PillarToPost implements PersonFlags {

	public static final String CODE = "PILLAR_TO_POST";

	static final String TITLE = "Passed from pillar to post";

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	/**
	 * A flagged person on the agency's referral inbox, for escalation: {@code name} is null for a user the policy
	 * does not let name them.
	 */
	public record Flagged(UUID personId, String name, int services, LocalDate since) {
	}

	private final ReferralRows rows;

	private final Services services;

	private final People people;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final ReferralSettings settings;

	private final Clock clock;

	PillarToPost(ReferralRows rows, Services services, People people, AccessPolicy policy, AuditLog audit,
			ReferralSettings settings, Clock clock) {
		this.rows = rows;
		this.services = services;
		this.people = people;
		this.policy = policy;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public List<PersonFlag> flagsFor(PersonAccess access) {
		if (!access.canSee(InformationCategory.CORE_PROFILE)) {
			return List.of();
		}
		Rules rules = new Rules(rows.declinedSince(people.recordAndMerged(access.personId()), since()), needs());
		boolean bothSeen = access.canSee(InformationCategory.MENTAL_HEALTH)
				&& access.canSee(InformationCategory.SUBSTANCE_USE);
		if (!rules.enoughServices() && !(rules.mentalHealthAndSubstanceUse() && bothSeen)) {
			return List.of();
		}
		boolean governance = access.user().hasRole(Role.INFORMATION_GOVERNANCE);
		List<PersonFlag.Event> history = new ArrayList<>();
		for (Decline d : rules.declines) {
			Set<NeedCategory> needs = rules.needs(d);
			boolean party = governance || access.user().caseworker() && (access.agencyId().equals(d.fromAgencyId())
					|| access.agencyId().equals(d.agencyId()));
			if (party && (!needs.contains(NeedCategory.MENTAL_HEALTH) || access.canSee(InformationCategory.MENTAL_HEALTH))
					&& (!needs.contains(NeedCategory.SUBSTANCE_USE)
							|| access.canSee(InformationCategory.SUBSTANCE_USE))) {
				history.add(new PersonFlag.Event(d.at().atZone(ZONE).toLocalDate(), d.serviceName(), d.agencyName(),
						d.reason().label()));
			}
		}
		int notShown = rules.declines.size() - history.size();
		return List.of(new PersonFlag(CODE, TITLE, summary(rules, bothSeen), history, notShown, notShown(notShown,
				history.isEmpty())));
	}

	/**
	 * The flagged people the user's agency works with now, or referred to one of the services that declined them,
	 * for the agency's inbox. Each of these agencies has had its own involvement (sending a referral needs one), so
	 * the policy lets it see every category of the person, and listing a person flagged by the second rule tells it
	 * nothing it may not see; each person listed by name is audited.
	 */
	public List<Flagged> flaggedFor(AccordPrincipal user) {
		if (!user.caseworker()) {
			return List.of();
		}
		Map<UUID, List<Decline>> byPerson = rows.declinedSince(since()).stream()
			.collect(Collectors.groupingBy(d -> people.mergedInto(d.personId()).orElse(d.personId()), LinkedHashMap::new,
					Collectors.toList()));
		Map<UUID, Set<NeedCategory>> needs = needs();
		List<Flagged> flagged = new ArrayList<>();
		byPerson.forEach((personId, declines) -> {
			Rules rules = new Rules(declines, needs);
			boolean ours = people.isInvolved(user.agencyId(), personId)
					|| declines.stream().anyMatch(d -> d.fromAgencyId().equals(user.agencyId()));
			if (!rules.flagged() || !ours || !people.wasEverInvolved(user.agencyId(), personId)) {
				return;
			}
			boolean may = policy.mayName(user, personId);
			if (may) {
				audit.record(AuditEvent.of("LISTED", "PERSON", personId).person(personId)
					.detail("passed from pillar to post, on the referral inbox"));
			}
			LocalDate first = declines.get(declines.size() - 1).at().atZone(ZONE).toLocalDate();
			flagged.add(new Flagged(personId, may ? people.name(personId).orElse(null) : null, rules.serviceCount(), first));
		});
		flagged.sort(Comparator.comparing(Flagged::services).reversed().thenComparing(Flagged::since));
		return flagged;
	}

	private Instant since() {
		return clock.instant().minus(Duration.ofDays(settings.pillarToPostDays()));
	}

	/** Each service's needs, filled from the directory as the rules ask; a service no longer in it has none. */
	private Map<UUID, Set<NeedCategory>> needs() {
		return new HashMap<>();
	}

	private String summary(Rules rules, boolean bothSeen) {
		String window = " in the last " + settings.pillarToPostDays() + " days";
		if (!rules.enoughServices()) {
			return "Declined by a mental health service and a drug and alcohol service" + window + ".";
		}
		return "Declined by " + rules.serviceCount() + " services" + window
				+ (rules.mentalHealthAndSubstanceUse() && bothSeen
						? ", among them a mental health service and a drug and alcohol service." : ".");
	}

	private static String notShown(int count, boolean none) {
		if (count == 0) {
			return null;
		}
		String declines = count == 1 ? "decline" : "declines";
		return (none ? "There " + (count == 1 ? "is 1 " : "are " + count + " ") : "And " + count + " other ") + declines
				+ " you may not see the details of.";
	}

	/** The two rules over one person's declines within the window, newest first. */
	private final class Rules {

		private final List<Decline> declines;

		private final Map<UUID, Set<NeedCategory>> needs;

		Rules(List<Decline> declines, Map<UUID, Set<NeedCategory>> needs) {
			this.declines = declines;
			this.needs = needs;
		}

		Set<NeedCategory> needs(Decline d) {
			return needs.computeIfAbsent(d.serviceId(), id -> services.find(id).map(Service::needs).orElse(Set.of()));
		}

		int serviceCount() {
			return (int) declines.stream().map(Decline::serviceId).distinct().count();
		}

		boolean enoughServices() {
			return serviceCount() >= settings.pillarToPostServices();
		}

		/** Two different services, one for mental health and one for drugs and alcohol, both declined. */
		boolean mentalHealthAndSubstanceUse() {
			Set<UUID> mental = serving(NeedCategory.MENTAL_HEALTH);
			Set<UUID> substance = serving(NeedCategory.SUBSTANCE_USE);
			return !mental.isEmpty() && !substance.isEmpty()
					&& (mental.size() > 1 || substance.size() > 1 || !mental.equals(substance));
		}

		boolean flagged() {
			return enoughServices() || mentalHealthAndSubstanceUse();
		}

		private Set<UUID> serving(NeedCategory need) {
			return declines.stream().filter(d -> needs(d).contains(need)).map(Decline::serviceId)
				.collect(Collectors.toSet());
		}

	}

}
