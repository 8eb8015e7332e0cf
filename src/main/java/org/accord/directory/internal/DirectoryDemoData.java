package org.accord.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.accord.directory.Agreement;
import org.accord.directory.Agreements;
import org.accord.directory.Capacity;
import org.accord.directory.ContactDraft;
import org.accord.directory.ContactRole;
import org.accord.directory.Contacts;
import org.accord.directory.NeedCategory;
import org.accord.directory.ServiceDraft;
import org.accord.directory.Services;
import org.accord.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.accord.directory.NeedCategory.DOMESTIC_ABUSE;
import static org.accord.directory.NeedCategory.SUBSTANCE_USE;

/**
 * The demo partnership's directory: two areas, 33 services of 14 agencies ({@link DemoServices}), named contacts
 * and champions, including Safer Futures' refuge (confidential address) and the domestic abuse champion in the
 * alcohol service, the glossary and two agreements. Created only with the demo data, on a directory with no services.
 */
@Component
@Order(20)
class DirectoryDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

	static final UUID NORTHBRIDGE = UUID.nameUUIDFromBytes("area:NB".getBytes());

	static final UUID SOUTHMOOR = UUID.nameUUIDFromBytes("area:SM".getBytes());

	private final JdbcClient jdbc;

	private final Services services;

	private final Contacts contacts;

	private final Agreements agreements;

	private final DemoMode demo;

	private final Clock clock;

	DirectoryDemoData(JdbcClient jdbc, Services services, Contacts contacts, Agreements agreements, DemoMode demo,
			Clock clock) {
		this.agreements = agreements;
		this.jdbc = jdbc;
		this.services = services;
		this.contacts = contacts;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int[] created = new int[1];
		demo.createOnce(4242002, () -> count("select count(*) from agency where name = 'Safer Futures'") > 0
				&& count("select count(*) from service") == 0, () -> created[0] = create());
		if (created[0] > 0) {
			log.info("Demo directory created: {} services in 2 areas", created[0]);
		}
	}

	private int create() {
		jdbc.sql("insert into area (id, code, name) values (?, 'NB', 'Northbridge'), (?, 'SM', 'Southmoor')")
			.params(NORTHBRIDGE, SOUTHMOOR).update();
		LocalDate today = LocalDate.now(clock);
		List<ServiceDraft> all = new DemoServices(this::agencyId, today.minusMonths(1)).drafts();
		for (ServiceDraft draft : all) {
			services.create(UUID.nameUUIDFromBytes(("service:" + draft.name()).getBytes()), draft);
		}
		createCapacities(today);
		createContacts(today);
		createGlossary();
		createAgreements(today);
		return all.size();
	}

	/** What room the services said they have; a few long ago, so the directory shows what has gone stale. */
	private void createCapacities(LocalDate today) {
		capacity("Safer Futures IDVA service", Capacity.ACCEPTING, today.minusDays(3));
		capacity("Safer Futures community outreach", Capacity.WAITING_UNDER_ONE_MONTH, today.minusDays(10));
		capacity("Safer Futures refuge", Capacity.ASSESSMENT_FIRST, today.minusDays(1));
		capacity("Family alcohol service", Capacity.ACCEPTING, today.minusDays(7));
		capacity("Talking therapies", Capacity.WAITING_OVER_THREE_MONTHS, today.minusDays(20));
		capacity("Community mental health team", Capacity.WAITING_ONE_TO_THREE_MONTHS, today.minusDays(50));
		capacity("Sexual violence counselling", Capacity.NOT_ACCEPTING, today.minusDays(5));
		capacity("ISVA service", Capacity.ACCEPTING, today.minusDays(2));
		capacity("Housing options and homelessness", Capacity.ACCEPTING, today.minusDays(14));
		capacity("Money and debt advice", Capacity.WAITING_UNDER_ONE_MONTH, today.minusDays(9));
	}

	private void capacity(String service, Capacity capacity, LocalDate on) {
		jdbc.sql("update service set capacity = ?, capacity_on = ? where name = ?").params(capacity.name(), on, service)
			.update();
	}

	private void createContacts(LocalDate today) {
		contact("Safer Futures", null, ContactRole.MARAC_REPRESENTATIVE, null, "idva", "Amira Khan", "Ruth Bell",
				"01632 960 110", "marac.rep@saferfutures.example.org", today.minusMonths(1));
		contact("Safer Futures", "Safer Futures refuge", ContactRole.DUTY_WORKER, null, null, "Refuge duty worker", null,
				"01632 960 103", "refuge.duty@saferfutures.example.org", today.minusWeeks(2));
		contact("Safer Futures", null, ContactRole.CHAMPION, SUBSTANCE_USE, "idva", "Amira Khan", null, "01632 960 110",
				"a.khan@saferfutures.example.org", today.minusMonths(2));
		contact("Northshire Family Alcohol Service", null, ContactRole.CHAMPION, DOMESTIC_ABUSE, "drugworker", "Jane Morris",
				"Sam Patel", "01632 960 210", "j.morris@familyalcohol.example.org", today.minusMonths(1));
		contact("Northshire Family Alcohol Service", null, ContactRole.MARAC_REPRESENTATIVE, null, "drugworker",
				"Jane Morris", null, "01632 960 210", "marac@familyalcohol.example.org", today.minusMonths(1));
		contact("Northshire Community Mental Health Team", null, ContactRole.MARAC_REPRESENTATIVE, null, "cpn",
				"Daniel Okafor", null, "01632 960 310", "marac@cmht.example.nhs.uk", today.minusMonths(3));
		contact("Northshire Community Mental Health Team", null, ContactRole.CHAMPION, DOMESTIC_ABUSE, "cpn", "Daniel Okafor",
				null, "01632 960 310", "d.okafor@cmht.example.nhs.uk", today.minusMonths(8));
		contact("Northshire Police", null, ContactRole.MARAC_REPRESENTATIVE, null, "police", "DC Sarah Lewis",
				"DC Owen Hughes", "01632 960 410", "marac@police.example.uk", today.minusMonths(1));
		contact("Northshire Children's Social Care", null, ContactRole.MARAC_REPRESENTATIVE, null, "socialworker", "Tom Reid",
				null, "01632 960 510", "marac@childrens.example.gov.uk", today.minusMonths(2));
		contact("Northshire Children's Social Care", "Children's front door (MASH)", ContactRole.DUTY_WORKER, null, null,
				"MASH duty social worker", null, "01632 960 501", "mash@childrens.example.gov.uk", today.minusMonths(1));
		contact("Northshire Homes Tenancy Support", null, ContactRole.MARAC_REPRESENTATIVE, null, "housing", "Priya Shah",
				null, "01632 960 610", "marac@northshirehomes.example.org", today.minusMonths(7));
		contact("Riverside Medical Practice", null, ContactRole.GP_LIAISON, null, null, "Dr Hannah Cole", null,
				"01632 960 701", "riverside.dalead@nhs.example.uk", today.minusMonths(4));
		contact("Northshire Health Visiting", null, ContactRole.SAFEGUARDING_LEAD, null, null, "Lucy Grant", null,
				"01632 960 810", "safeguarding@healthvisiting.example.nhs.uk", today.minusMonths(2));
		contact("Oakfield Primary School", null, ContactRole.SAFEGUARDING_LEAD, null, null, "Mrs Angela Frost", null,
				"01632 960 901", "dsl@oakfield.example.sch.uk", today.minusMonths(5));
		contact("Northshire Community Safety Partnership", null, ContactRole.MANAGER, null, "coordinator", "Helen Price",
				null, "01632 961 110", "marac@northshirecsp.example.gov.uk", today.minusMonths(1));
	}

	private void createAgreements(LocalDate today) {
		List<UUID> everyone = jdbc.sql("select id from agency").query(UUID.class).list();
		UUID owner = jdbc.sql("select id from app_user where username = 'board'").query(UUID.class).optional().orElse(null);
		agreements.create(new Agreements.Draft("Northshire domestic abuse partnership agreement",
				Agreement.Kind.PARTNERSHIP_AGREEMENT, Agreement.Status.ACTIVE,
				"Each agency identifies domestic abuse, completes the risk checklist, refers to MARAC when the risk is high, sends "
				+ "a representative to every MARAC and completes its actions.",
				"The Community Safety Partnership co-ordinates MARAC; Safer Futures provides the IDVA service; every agency names "
				+ "a MARAC representative and a domestic abuse champion.",
				"Each agency meets its own costs; the MARAC co-ordinator is funded by the Community Safety Partnership.",
				today.minusMonths(11), today.plusDays(20), new java.util.LinkedHashSet<>(everyone),
				List.of(new Agreement.Measure("MARAC actions completed by their due date", "90%",
						Agreement.Metric.MARAC_ACTIONS_COMPLETED_IN_TIME),
						new Agreement.Measure("Agencies represented at each MARAC", "All core agencies", null))), owner);
		agreements.create(new Agreements.Draft("Safer Futures IDVA service level agreement",
				Agreement.Kind.SERVICE_LEVEL_AGREEMENT, Agreement.Status.ACTIVE,
				"An IDVA service for victims at high risk in Northbridge and Southmoor: 4 full-time IDVAs.",
				"Safer Futures answers every referral and contacts the victim; the Community Safety Partnership monitors "
				+ "the figures quarterly.", "£160,000 a year, paid quarterly by the Community Safety Partnership.",
				today.minusMonths(6), today.plusMonths(6),
				new java.util.LinkedHashSet<>(List.of(agencyId("Safer Futures"),
						agencyId("Northshire Community Safety Partnership"))),
				List.of(new Agreement.Measure("Referrals answered within 5 working days", "95%",
						Agreement.Metric.REFERRALS_ANSWERED_IN_TIME),
						new Agreement.Measure("Referrals accepted", "80%", Agreement.Metric.REFERRALS_ACCEPTED))), owner);
	}

	private void createGlossary() {
		String[][] terms = {
				{ "CPA", "Care programme approach",
						"How secondary mental health services plan and co-ordinate care for someone with complex needs, with a named "
						+ "care co-ordinator and regular reviews." },
				{ "CPN", "Community psychiatric nurse",
						"A mental health nurse who supports people at home or in the community, often as their care co-ordinator." },
				{ "DASH", "Domestic abuse, stalking and harassment risk checklist",
						"The structured list of risk questions practitioners ask a victim of domestic abuse; the answers, with "
						+ "professional judgement, decide whether the risk is standard, medium or high." },
				{ "DTTO", "Drug treatment and testing order",
						"A court order that requires an offender to undergo drug treatment and regular testing instead of, or "
						+ "alongside, another sentence." },
				{ "IDVA", "Independent domestic violence adviser",
						"A specialist worker who supports victims at high risk of harm from domestic abuse, plans their safety, and "
						+ "speaks for them at MARAC." },
				{ "ISVA", "Independent sexual violence adviser",
						"A specialist worker who supports people who have experienced sexual violence, including through "
						+ "reporting and court." },
				{ "MAPPA", "Multi-agency public protection arrangements",
						"How police, probation and prisons jointly manage the risk posed by violent and sexual offenders "
						+ "living in the community." },
				{ "MARAC", "Multi-agency risk assessment conference",
						"A regular meeting where agencies share information about victims of domestic abuse at high risk "
						+ "and agree actions to keep them and their children safe." },
				{ "MASH", "Multi-agency safeguarding hub",
						"The team "
						+ "where children's social care, police, health and others decide together what should happen with a "
						+ "concern about a child." },
				{ "SARC", "Sexual assault referral centre",
						"A place where someone who has been sexually assaulted can get medical care and a forensic examination, whether "
						+ "or not they report to the police." },
				{ "Section 136", "Section 136 of the Mental Health Act 1983",
						"A power that lets the police take someone who appears to be in a mental health crisis in a public place to a "
						+ "place of safety for assessment." } };
		for (String[] t : terms) {
			jdbc.sql("insert into glossary_term (id, term, expansion, definition) values (?, ?, ?, ?)")
				.params(UUID.nameUUIDFromBytes(("term:" + t[0]).getBytes()), t[0], t[1], t[2])
				.update();
		}
	}

	private void contact(String agency, String service, ContactRole role, NeedCategory topic, String username, String name,
			String deputy, String phone, String email, LocalDate verified) {
		UUID agencyId = agencyId(agency);
		UUID serviceId = service == null ? null : UUID.nameUUIDFromBytes(("service:" + service).getBytes());
		UUID userId = username == null ? null
				: jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).optional().orElse(null);
		contacts.create(new ContactDraft(agencyId, serviceId, role, topic, userId, name, null, deputy, phone, email, userId,
				verified));
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private UUID agencyId(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(UUID.class).single();
	}

}
