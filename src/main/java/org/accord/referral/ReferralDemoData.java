package org.accord.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.directory.Service;
import org.accord.directory.Services;
import org.accord.people.People;
import org.accord.platform.DemoMode;
import org.accord.platform.calendar.WorkingDays;
import org.accord.sharing.Consent;
import org.accord.sharing.Consents;
import org.accord.sharing.InformationCategory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Step 3 of Sylvia's story (demo-scenario.md: Jane's referral to Safer Futures, accepted), and referrals across
 * the partnership in every state, one of them overdue, so that inboxes and histories look real; and one person whom
 * three services declined within weeks, a mental health and a drug and alcohol service among them, so that the
 * pillar-to-post flag shows on their record and on the housing officer's inbox.
 */
@Component
@Order(50)
class ReferralDemoData implements ApplicationRunner {

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private static final Set<InformationCategory> CORE = EnumSet.of(InformationCategory.CORE_PROFILE);

	private final ReferralRows rows;

	private final Services services;

	private final Consents consents;

	private final People people;

	private final JdbcClient jdbc;

	private final DemoMode demo;

	private final Clock clock;

	ReferralDemoData(ReferralRows rows, Services services, Consents consents, People people, JdbcClient jdbc,
			DemoMode demo, Clock clock) {
		this.rows = rows;
		this.services = services;
		this.consents = consents;
		this.people = people;
		this.jdbc = jdbc;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		demo.createOnce(4242005, () -> jdbc.sql("select count(*) from referral").query(Integer.class).single() == 0
				&& sylvia().isPresent(), this::create);
	}

	private void create() {
		LocalDate today = LocalDate.now(clock);
		UUID sylvia = sylvia().orElseThrow();
		UUID alcohol = agency("Northshire Family Alcohol Service");
		UUID safer = agency("Safer Futures");
		// Jane's referral went with the consent she recorded for it (SharingDemoData).
		Consent janes = consents.forPerson(sylvia).stream()
			.filter(c -> c.recordedByAgencyId().equals(alcohol) && c.names(safer))
			.findFirst().orElseThrow();
		UUID step3 = send(sylvia, "drugworker", "Safer Futures IDVA service", janes.categories(), janes.id(),
				"Sylvia told me her ex-partner hit her and threatens her by text. She wants support to stay safe with the "
						+ "children and agreed to this referral.",
				today.minusDays(24));
		answer(step3, ReferralStatus.RECEIVED, "idva", today.minusDays(23), null, null);
		answer(step3, ReferralStatus.ACCEPTED, "idva", today.minusDays(23), null, "Amira will call her on the safe number");

		other("Northshire Community Mental Health Team", "cpn", "Family alcohol service",
				"Drinking more since her mother died; wants help to cut down", today.minusDays(1));
		UUID received = other("Northshire Homes Tenancy Support", "housing", "Money and debt advice",
				"Rent arrears after leaving a controlling partner", today.minusDays(2));
		answer(received, ReferralStatus.RECEIVED, null, today.minusDays(1), null, null);
		other("Northshire Homes Tenancy Support", "housing", "Community mental health team",
				"Low mood and not sleeping since the eviction notice", today.minusDays(21));
		UUID declined = other("Northshire Police", "police", "Sexual violence counselling",
				"Disclosed a past sexual assault and asked for counselling", today.minusDays(12));
		answer(declined, ReferralStatus.RECEIVED, null, today.minusDays(11), null, null);
		decline(declined, DeclineReason.NO_CAPACITY, null,
				"Our counselling waiting list is closed until the spring; the ISVA service can offer support now",
				today.minusDays(10));
		UUID withdrawn = other("Northshire Children's Social Care", "socialworker",
				"Strengthening families parenting programme", "Support with the children's routines", today.minusDays(15));
		answer(withdrawn, ReferralStatus.WITHDRAWN, "socialworker", today.minusDays(9), null,
				"The family moved out of the area");
		UUID completed = other("Safer Futures", "idva", "Sanctuary scheme",
				"Target hardening at her new flat: locks and a door viewer", today.minusDays(40));
		answer(completed, ReferralStatus.RECEIVED, "housing", today.minusDays(39), null, null);
		answer(completed, ReferralStatus.ACCEPTED, "housing", today.minusDays(38), null, null);
		rows.move(completed, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED, null, ReferralOutcome.GOT_HELP);
		rows.step(completed, ReferralStatus.COMPLETED, user("housing"), agency("Northshire Homes Tenancy Support"),
				ReferralOutcome.GOT_HELP.name(), "Locks changed and a door viewer fitted", at(today.minusDays(20)));
		passedFromPillarToPost(today);
	}

	/** Someone the housing officer works with, declined by three services in a month (issue 12). */
	private void passedFromPillarToPost(LocalDate today) {
		UUID housing = agency("Northshire Homes Tenancy Support");
		UUID person = people.caseload(housing, null, 0, 50).items().stream()
			.filter(p -> !p.familyName().equals("Smith"))
			.map(org.accord.people.Person::id)
			.filter(id -> jdbc.sql("select count(*) from referral where person_id = ?").param(id).query(Integer.class)
				.single() == 0)
			.findFirst().orElseThrow();
		// Recent enough to stay inside the 90 days while the tests move the clock on by weeks.
		UUID talking = referral(person, housing, "housing", "Talking therapies",
				"Panic attacks since the eviction notice; they asked for someone to talk to", today.minusDays(20));
		decline(talking, DeclineReason.NO_CAPACITY, "cpn", "The waiting list is over three months", today.minusDays(18));
		UUID alcohol = referral(person, housing, "housing", "Family alcohol service",
				"Drinking to get to sleep; they want help to stop", today.minusDays(14));
		decline(alcohol, DeclineReason.WRONG_SERVICE, "drugworker",
				"We work with parents whose children live with them; theirs live with their grandmother", today.minusDays(11));
		UUID benefits = referral(person, housing, "housing", "Benefits advice",
				"Their Universal Credit stopped when they moved", today.minusDays(8));
		decline(benefits, DeclineReason.COULD_NOT_CONTACT, null, "Three calls and a letter, no answer", today.minusDays(4));
	}

	/** A referral of someone on the agency's caseload, with the consent to it. */
	private UUID other(String agency, String username, String service, String reason, LocalDate sent) {
		UUID from = agency(agency);
		List<UUID> caseload = people.caseload(from, null, 0, 50).items().stream()
			.filter(p -> !p.familyName().equals("Smith")).map(org.accord.people.Person::id).toList();
		return referral(caseload.get(Math.abs(service.hashCode()) % caseload.size()), from, username, service, reason,
				sent);
	}

	private UUID referral(UUID person, UUID from, String username, String service, String reason, LocalDate sent) {
		Service to = service(service);
		UUID consent = consents.record(new Consent.Draft(person, CORE, Set.of(to.agencyId()), "Referral to " + to.name(),
				Consent.HowGiven.VERBAL, null, sent, null, user(username), from));
		return send(person, username, service, CORE, consent, reason, sent);
	}

	private UUID send(UUID person, String username, String serviceName, Set<InformationCategory> categories,
			UUID consent, String reason, LocalDate sent) {
		Service to = service(serviceName);
		UUID id = UUID.randomUUID();
		UUID from = jdbc.sql("select agency_id from app_user where username = ?").param(username).query(UUID.class)
			.single();
		rows.insert(id, person, from, user(username), to.id(), to.name(), to.agencyId(), reason, categories, consent,
				WorkingDays.plus(sent, 5), new Referral.Checklist(true, true, null));
		rows.sentAt(id, at(sent));
		rows.step(id, ReferralStatus.SENT, user(username), from, null, null, at(sent));
		return id;
	}

	private void answer(UUID id, ReferralStatus to, String username, LocalDate on, String reason, String detail) {
		Referral r = rows.find(id).orElseThrow();
		rows.move(id, r.status(), to, null, null);
		UUID agency = to == ReferralStatus.WITHDRAWN ? r.fromAgencyId() : r.toAgencyId();
		rows.step(id, to, username == null ? null : user(username), agency, reason, detail, at(on));
	}

	private void decline(UUID id, DeclineReason reason, String username, String detail, LocalDate on) {
		Referral r = rows.find(id).orElseThrow();
		rows.move(id, r.status(), ReferralStatus.DECLINED, reason, null);
		rows.step(id, ReferralStatus.DECLINED, username == null ? null : user(username), r.toAgencyId(), reason.name(),
				detail, at(on));
	}

	private Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(ZONE).toInstant().plus(Duration.ofMinutes(Math.abs(day.hashCode() % 300)));
	}

	private Service service(String name) {
		return services.all(0, 1000).items().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

	private java.util.Optional<UUID> sylvia() {
		return people.caseload(agency("Safer Futures"), "Sylvia Smith", 0, 5).items().stream()
			.filter(p -> p.dateOfBirth() != null && p.dateOfBirth().equals(LocalDate.of(1987, 12, 4)))
			.map(org.accord.people.Person::id).findFirst();
	}

	private UUID agency(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(UUID.class).single();
	}

	private UUID user(String username) {
		return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).optional()
			.orElse(null);
	}

}
