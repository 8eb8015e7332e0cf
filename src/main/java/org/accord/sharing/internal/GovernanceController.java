package org.accord.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.sharing.InvolvementRegister;
import org.accord.sharing.SharingAgreements;
import org.accord.sharing.SharingDecisions;
import org.accord.sharing.SharingSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the information governance lead watches: sharing without consent in force, shares nobody has
 * acknowledged, consents and agreements running out, and access that looks unusual.
 */
@Controller
class GovernanceController {

	record Row(UUID personId, String person, String what, String who, String when) {
	}

	record Unusual(String username, String agency, String pattern) {
	}

	record Join(UUID personId, String person, String who, String when, String grounds, String reason) {
	}

	private final JdbcClient jdbc;

	private final org.accord.sharing.Consents consents;

	private final org.accord.audit.AuditTrail trail;

	private final org.accord.sharing.AccessPolicy policy;

	private final SharingDecisions decisions;

	private final SharingAgreements agreements;

	private final InvolvementRegister people;

	private final SharingSettings settings;

	private final Clock clock;

	GovernanceController(JdbcClient jdbc, org.accord.sharing.Consents consents, org.accord.audit.AuditTrail trail,
			org.accord.sharing.AccessPolicy policy, SharingDecisions decisions, SharingAgreements agreements,
			InvolvementRegister people, SharingSettings settings, Clock clock) {
		this.consents = consents;
		this.trail = trail;
		this.policy = policy;
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.agreements = agreements;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/governance")
	String dashboard(@AuthenticationPrincipal AccordPrincipal me, Model model) {
		if (!me.hasRole(Role.INFORMATION_GOVERNANCE)) {
			throw new AccessDeniedException("Information governance only");
		}
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("waiting", decisions.waitingFor(me).size());
		model.addAttribute("overrides", jdbc.sql("""
				select d.person_id, fa.name || ' to ' || ta.name as between_agencies, d.grounds, d.expires_on
				from sharing_decision d join agency fa on fa.id = d.from_agency_id join agency ta on ta.id = d.to_agency_id
				where d.decision = 'SHARE' and d.status = 'APPROVED' and d.expires_on >= ? order by d.expires_on""")
			.param(today)
			.query((rs, n) -> {
				LocalDate until = rs.getObject("expires_on", LocalDate.class);
				return row(rs.getObject("person_id", UUID.class), rs.getString("between_agencies"), rs.getString("grounds"),
						(until.isBefore(today.plusDays(15)) ? "Review by " : "Until ") + until);
			})
			.list());
		model.addAttribute("unacknowledged", jdbc.sql("""
				select c.person_id, a.name, 'Consent: ' || array_to_string(c.categories, ', ') as what, c.recorded_at::date as since
				from consent c join consent_recipient r on r.consent_id = c.id join agency a on a.id = r.agency_id
				where r.acknowledged_at is null and c.withdrawn_at is null and r.agency_id <> c.recorded_by_agency
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
			.list());
		model.addAttribute("expiring", jdbc.sql("""
				select c.person_id, c.purpose, a.name, c.expires_on from consent c join agency a on a.id = c.recorded_by_agency
				where c.withdrawn_at is null and c.expires_on between ? and ? order by c.expires_on""")
			.params(today, today.plusDays(30))
			.query((rs, n) -> row(rs.getObject("person_id", UUID.class), rs.getString("purpose"), rs.getString("name"),
					"Expires " + rs.getObject("expires_on", LocalDate.class)))
			.list());
		model.addAttribute("reviews",
				agreements.all().stream().filter(a -> a.active() && a.reviewOn().isBefore(today.plusDays(61))).toList());
		model.addAttribute("today", today);
		model.addAttribute("unusual", unusual());
		var inForce = consents.inForce(200);
		model.addAttribute("consents", inForce);
		model.addAttribute("consentNames", names(me, inForce.stream().map(org.accord.sharing.Consent::personId).toList()));
		model.addAttribute("pendingHolders", inForce.stream().flatMap(c -> c.holders().stream()
			.filter(h -> h.status() == org.accord.sharing.Consent.HolderStatus.PENDING)).count());
		model.addAttribute("declinedHolders", inForce.stream().flatMap(c -> c.holders().stream()
			.filter(h -> h.status() == org.accord.sharing.Consent.HolderStatus.DECLINED)).count());
		java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
				java.util.Locale.UK)
			.withZone(java.time.ZoneId.of("Europe/London"));
		model.addAttribute("joins", trail.recent("INVOLVE", "agency joined", 7, 100).stream()
			.map(e -> new Join(e.personId(),
					policy.mayName(me, e.personId()) ? people.name(e.personId()).orElse("A merged record")
					: "A person", e.username() + ", " + e.agencyName(), when.format(e.occurredAt()),
					e.detail().replace("agency joined: ", ""), e.reason()))
			.toList());
		return "sharing/governance";
	}

	/** The week is the audit trail's, whose rows carry the database's time. */
	private List<Unusual> unusual() {
		var refused = trail.refusedOpenings(settings.unusualRefusals()).stream()
			.map(u -> new Unusual(u.username(), u.agencyName(), u.count() + " refused attempts to open people's records"));
		var many = trail.peopleOpened(settings.unusualPeople()).stream()
			.map(u -> new Unusual(u.username(), u.agencyName(), u.count() + " different people opened"));
		var reasons = trail.openedWithReason().stream()
			.map(u -> new Unusual(u.username(), u.agencyName(), u.count() + " records opened with an administrator's reason"));
		var joins = trail.frequent("INVOLVE", "agency joined", settings.unusualJoins()).stream()
			.map(u -> new Unusual(u.username(), u.agencyName(), u.count() + " people's records joined"));
		return java.util.stream.Stream.of(refused, many, reasons, joins).flatMap(s -> s).toList();
	}

	private java.util.Map<UUID, String> names(AccordPrincipal me, List<UUID> ids) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		ids.forEach(id -> names.put(id, policy.mayName(me, id) ? people.name(id).orElse("A merged record") : "A person"));
		return names;
	}

	private Row row(UUID personId, String what, String who, String when) {
		return new Row(personId, people.name(personId).orElse("A merged record"), what, who, when);
	}

}
