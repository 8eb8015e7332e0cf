package org.accord.directory.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accord.directory.Address;
import org.accord.directory.Agreement;
import org.accord.directory.Agreements;
import org.accord.directory.ContactDraft;
import org.accord.directory.ContactRole;
import org.accord.directory.Contacts;
import org.accord.directory.GenderServed;
import org.accord.directory.NeedCategory;
import org.accord.directory.OpeningTime;
import org.accord.directory.ReferralRoute;
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

import static org.accord.directory.NeedCategory.CHILDREN_AND_FAMILIES;
import static org.accord.directory.NeedCategory.CRIMINAL_JUSTICE;
import static org.accord.directory.NeedCategory.DOMESTIC_ABUSE;
import static org.accord.directory.NeedCategory.FINANCIAL;
import static org.accord.directory.NeedCategory.HEALTH;
import static org.accord.directory.NeedCategory.HOUSING;
import static org.accord.directory.NeedCategory.LEGAL;
import static org.accord.directory.NeedCategory.MENTAL_HEALTH;
import static org.accord.directory.NeedCategory.SEXUAL_VIOLENCE;
import static org.accord.directory.NeedCategory.SUBSTANCE_USE;
import static org.accord.directory.ReferralRoute.EMAIL;
import static org.accord.directory.ReferralRoute.PHONE;
import static org.accord.directory.ReferralRoute.SELF_REFERRAL;
import static org.accord.directory.ReferralRoute.VIA_ACCORD;

/**
 * The demo partnership's directory: two areas, 33 services of 14 agencies, named contacts and
 * champions, including Safer Futures' refuge (confidential address) and the domestic abuse
 * champion in the alcohol service. Created only with the demo data, on a directory with no services.
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
		List<ServiceDraft> all = new ArrayList<>();
		Set<UUID> both = Set.of(NORTHBRIDGE, SOUTHMOOR);
		Set<UUID> north = Set.of(NORTHBRIDGE);
		Set<UUID> south = Set.of(SOUTHMOOR);

		all.add(service("Safer Futures", "Safer Futures IDVA service",
				"Independent domestic violence advisers for people at high risk of serious harm: safety planning, support through "
				+ "court and housing, and representation at MARAC.", Set.of(DOMESTIC_ABUSE),
				"Anyone 16 or over experiencing domestic abuse and assessed at high risk, or referred to MARAC.", 16, null,
				GenderServed.ANY, true, Set.of(VIA_ACCORD, PHONE),
				"Refer through Accord with the risk checklist, or phone the duty IDVA.", "01632 960 101", 2, both, office(),
				addr("Safer Futures, 3 Mill Street", "Northbridge", "NB1 2AA"), false, null));
		all.add(service("Safer Futures", "Safer Futures community outreach",
				"Support in the community for anyone affected by domestic abuse at standard or medium risk: one-to-one support, "
				+ "the Freedom Programme and drop-ins.", Set.of(DOMESTIC_ABUSE), "Anyone 16 or over affected by domestic abuse.",
				16, null, GenderServed.ANY, true, Set.of(VIA_ACCORD, PHONE, SELF_REFERRAL),
				"People can refer themselves by phone or at a drop-in; professionals refer through Accord.", "01632 960 102", 10,
				both, office(), addr("Safer Futures, 3 Mill Street", "Northbridge", "NB1 2AA"), false, null));
		all.add(service("Safer Futures", "Safer Futures refuge",
				"Safe, self-contained accommodation for women, with or without children, escaping domestic abuse, with a support "
				+ "worker on site every day.", Set.of(DOMESTIC_ABUSE, HOUSING),
				"Women fleeing domestic abuse who need safe accommodation away from the abuser. Children up to 16 can "
				+ "come with their mother.", 16, null, GenderServed.WOMEN, true, Set.of(PHONE, VIA_ACCORD),
				"Phone the refuge duty line; space is offered the same day when a room is free.", "01632 960 103", 0, both,
				everyDay(), addr("14 Larch Close", "Northbridge", "NB3 7QT"), true,
				"The address is never given out: staff meet new residents at the Safer Futures office. No male visitors."));
		all.add(service("Safer Futures", "Children's recovery programme",
				"Group and one-to-one work with children who have lived with domestic abuse, alongside their non-abusing parent.",
				Set.of(DOMESTIC_ABUSE, CHILDREN_AND_FAMILIES), "Children aged 4 to 16 no longer living with the abuser.",
				4, 16, GenderServed.ANY, true, Set.of(VIA_ACCORD), "Refer through Accord with the parent's consent.", null, 28,
				both, office(), addr("Safer Futures, 3 Mill Street", "Northbridge", "NB1 2AA"), false, null));

		all.add(service("Northshire Family Alcohol Service", "Family alcohol service",
				"Support for parents whose drinking affects family life: home visits, family sessions and help to cut down or "
				+ "stop, with a domestic abuse champion on the team.", Set.of(SUBSTANCE_USE, CHILDREN_AND_FAMILIES),
				"Parents or carers of children under 18 who are worried about their alcohol use.", 18, null, GenderServed.ANY, true,
				Set.of(VIA_ACCORD, PHONE, SELF_REFERRAL),
				"Phone, refer yourself online or ask any professional to refer through Accord.", "01632 960 201", 7, both, office(),
				addr("The Beacon Centre, 22 Church Road", "Southmoor", "SM2 4BB"), false, null));
		all.add(service("Northshire Family Alcohol Service", "Community alcohol detox",
				"Medically supported alcohol detox at home or in a day setting, with aftercare.",
				Set.of(SUBSTANCE_USE, HEALTH), "Adults dependent on alcohol who are ready to stop, assessed by the service.", 18,
				null, GenderServed.ANY, false, Set.of(VIA_ACCORD, PHONE), "Referral after an assessment with a recovery worker.",
				"01632 960 202", 21, both, office(), addr("The Beacon Centre, 22 Church Road", "Southmoor", "SM2 4BB"), false,
				null));
		all.add(service("Northshire Family Alcohol Service", "Women's recovery group",
				"A weekly women-only group for women with alcohol or drug problems, with a crèche so mothers can "
				+ "bring their children.", Set.of(SUBSTANCE_USE),
				"Women with alcohol or drug problems; children under 5 can use the crèche.", 18, null, GenderServed.WOMEN, true,
				Set.of(SELF_REFERRAL, VIA_ACCORD, PHONE), "Just come along, phone, or be referred through Accord.", "01632 960 203",
				0, north, weekly(DayOfWeek.WEDNESDAY, 10, 12),
				addr("Northbridge Family Hub, 5 Park Lane", "Northbridge", "NB2 5CC"), false, null));
		all.add(service("Northshire Family Alcohol Service", "Young people's substance use service",
				"Confidential support for young people worried about their own drug or alcohol use.", Set.of(SUBSTANCE_USE),
				"Young people aged 11 to 18.", 11, 18, GenderServed.ANY, false, Set.of(SELF_REFERRAL, VIA_ACCORD, PHONE),
				"Young people can text or phone; professionals refer through Accord.", "01632 960 204", 5, both, office(),
				addr("The Beacon Centre, 22 Church Road", "Southmoor", "SM2 4BB"), false, null));

		all.add(service("Northshire Community Mental Health Team", "Community mental health team",
				"Assessment, care co-ordination (CPA) and treatment for adults with severe and enduring mental illness.",
				Set.of(MENTAL_HEALTH), "Adults 18 to 65 with severe mental illness; referral usually from a GP.", 18, 65,
				GenderServed.ANY, false, Set.of(VIA_ACCORD, PHONE),
				"GPs and partner agencies refer through Accord; urgent referrals by phone.", "01632 960 301", 28, both, office(),
				addr("Orchard House, 40 High Street", "Northbridge", "NB1 3DD"), false, null));
		all.add(service("Northshire Community Mental Health Team", "Crisis resolution and home treatment",
				"Round-the-clock help for adults in a mental health crisis, as an alternative to hospital admission.",
				Set.of(MENTAL_HEALTH, HEALTH), "Adults in a mental health crisis.", 18, null, GenderServed.ANY, false,
				Set.of(PHONE, SELF_REFERRAL), "Phone the crisis line at any time.", "0800 123 4567", 0, both, everyDay(), null,
				false, null));
		all.add(service("Northshire Community Mental Health Team", "Talking therapies",
				"Talking therapies for anxiety, depression and panic, one-to-one or in groups, in person or online.",
				Set.of(MENTAL_HEALTH), "Adults registered with a Northshire GP.", 18, null, GenderServed.ANY, false,
				Set.of(SELF_REFERRAL, VIA_ACCORD), "Refer yourself online or by phone.", "01632 960 303", 42, both, office(), null,
				false, null));
		all.add(service("Northshire Community Mental Health Team", "Perinatal mental health team",
				"Specialist mental health care for women during pregnancy and in the first year after birth.",
				Set.of(MENTAL_HEALTH, CHILDREN_AND_FAMILIES), "Women who are pregnant or have a baby under 12 months.", 16, null,
				GenderServed.WOMEN, true, Set.of(VIA_ACCORD, PHONE), "Midwives, health visitors and GPs refer through Accord.",
				"01632 960 304", 14, both, office(), addr("Orchard House, 40 High Street", "Northbridge", "NB1 3DD"), false, null));

		all.add(service("Northshire Police", "Domestic abuse investigation unit",
				"Specialist officers who investigate domestic abuse, apply for protection orders and flag addresses "
				+ "for an urgent response.", Set.of(CRIMINAL_JUSTICE, DOMESTIC_ABUSE),
				"Anyone reporting domestic abuse. In an emergency always call 999.", null, null, GenderServed.ANY, true,
				Set.of(PHONE, VIA_ACCORD), "Call 101, or 999 in an emergency; partner agencies share through Accord.", "101", 0,
				both, everyDay(), null, false, null));
		all.add(service("Northshire Police", "Victim care unit",
				"Information and support for victims of crime through the investigation and court process.",
				Set.of(CRIMINAL_JUSTICE), "Victims of any reported crime.", null, null, GenderServed.ANY, true,
				Set.of(PHONE, SELF_REFERRAL), "Phone the unit or ask the officer in the case.", "01632 960 402", 3, both, office(),
				null, false, null));

		all.add(service("Northshire Children's Social Care", "Children's front door (MASH)",
				"The multi-agency safeguarding hub: the single point of contact for concerns about a child's safety.",
				Set.of(CHILDREN_AND_FAMILIES), "Any concern that a child is at risk of significant harm.", 0, 17, GenderServed.ANY,
				true, Set.of(VIA_ACCORD, PHONE),
				"Phone the front door straight away if a child is in danger; otherwise refer through Accord.", "01632 960 501", 1,
				both, office(), null, false, null));
		all.add(service("Northshire Children's Social Care", "Early help family support",
				"Family support workers who help families before problems become a crisis.", Set.of(CHILDREN_AND_FAMILIES),
				"Families with children under 18 who agree to early help.", 0, 17, GenderServed.ANY, true, Set.of(VIA_ACCORD),
				"Refer through Accord with the family's consent.", null, 14, both, office(), null, false, null));

		all.add(service("Northshire Homes Tenancy Support", "Housing options and homelessness",
				"Advice and help for anyone homeless or at risk of homelessness, including emergency accommodation.",
				Set.of(HOUSING), "Anyone homeless or at risk of homelessness in the next 56 days.", 16, null, GenderServed.ANY,
				true, Set.of(PHONE, SELF_REFERRAL, VIA_ACCORD),
				"Phone or drop in; public bodies use the duty to refer through Accord.", "01632 960 601", 1, both, office(),
				addr("Civic Centre, Market Square", "Southmoor", "SM1 1EE"), false, null));
		all.add(service("Northshire Homes Tenancy Support", "Tenancy sustainment service",
				"Help to keep a tenancy: rent arrears, benefits, bills and dealing with the landlord.", Set.of(HOUSING, FINANCIAL),
				"Social housing tenants at risk of losing their home.", 18, null, GenderServed.ANY, true, Set.of(VIA_ACCORD, PHONE),
				"Refer through Accord or phone.", "01632 960 602", 10, both, office(), null, false, null));
		all.add(service("Northshire Homes Tenancy Support", "Sanctuary scheme",
				"Extra security for the homes of people at risk of domestic abuse, so they can stay safely where they live.",
				Set.of(HOUSING, DOMESTIC_ABUSE), "People at risk of domestic abuse where the abuser does not live at the address.",
				16, null, GenderServed.ANY, true, Set.of(VIA_ACCORD),
				"Refer through Accord; usually requested by the IDVA or at MARAC.", null, 14, both, office(), null, false, null));

		all.add(service("Riverside Medical Practice", "Riverside Medical Practice",
				"GP surgery: appointments, prescriptions, referrals to specialist services and a named domestic abuse lead.",
				Set.of(HEALTH), "People living in the practice area.", null, null, GenderServed.ANY, true,
				Set.of(PHONE, SELF_REFERRAL), "Register at reception or online.", "01632 960 701", 2, south, office(),
				addr("Riverside Medical Practice, 1 River Walk", "Southmoor", "SM3 6FF"), false, null));
		all.add(service("Northshire Health Visiting", "Health visiting service",
				"Health visitors for every family with children under five: development checks, feeding, sleep "
				+ "and parents' wellbeing.", Set.of(HEALTH, CHILDREN_AND_FAMILIES), "Families with children under 5.", 0, 5,
				GenderServed.ANY, true, Set.of(PHONE, VIA_ACCORD, SELF_REFERRAL), "Phone the duty health visitor.", "01632 960 801",
				5, both, office(), null, false, null));
		all.add(service("Oakfield Primary School", "Oakfield pastoral support",
				"The school's pastoral team and designated safeguarding lead support pupils and their families.",
				Set.of(CHILDREN_AND_FAMILIES), "Pupils of Oakfield Primary School and their families.", 4, 11, GenderServed.ANY,
				true, Set.of(PHONE, EMAIL), "Phone or email the designated safeguarding lead.", "01632 960 901", 1, south, office(),
				addr("Oakfield Primary School, Oak Avenue", "Southmoor", "SM4 7GG"), false, null));

		all.add(service("Northshire Parenting Service", "Strengthening families parenting programme",
				"A ten-week parenting course in small groups, with a crèche.", Set.of(CHILDREN_AND_FAMILIES),
				"Parents and carers of children aged 3 to 12.", 16, null, GenderServed.ANY, true, Set.of(SELF_REFERRAL, VIA_ACCORD),
				"Book a place by phone or be referred through Accord.", "01632 961 001", 21, both,
				weekly(DayOfWeek.WEDNESDAY, 13, 15), addr("Northbridge Family Hub, 5 Park Lane", "Northbridge", "NB2 5CC"), false,
				null));
		all.add(service("Northshire Parenting Service", "Dads matter group",
				"A fortnightly group for fathers and male carers.", Set.of(CHILDREN_AND_FAMILIES), "Fathers and male carers.", 16,
				null, GenderServed.MEN, true, Set.of(SELF_REFERRAL), "Just come along.", "01632 961 002", 0, south,
				weekly(DayOfWeek.SATURDAY, 10, 12), addr("Southmoor Community Centre, 8 Green Lane", "Southmoor", "SM2 8HH"), false,
				null));

		all.add(service("Northshire Community Safety Partnership", "Northshire MARAC",
				"The multi-agency risk assessment conference for victims of domestic abuse at high risk in "
				+ "Northbridge and Southmoor.", Set.of(DOMESTIC_ABUSE),
				"Victims at high risk: a risk checklist score of 14 or more, professional judgement or escalation.", 16, null,
				GenderServed.ANY, true, Set.of(VIA_ACCORD), "Refer through Accord with the completed risk checklist.", null, 14,
				both, List.of(), null, false, null));

		all.add(service("Northshire Citizens Advice", "Money and debt advice",
				"Free, confidential advice on debt, budgeting and dealing with creditors, including coerced debt.",
				Set.of(FINANCIAL), "Anyone living or working in Northshire.", 16, null, GenderServed.ANY, true,
				Set.of(SELF_REFERRAL, PHONE, VIA_ACCORD), "Phone the advice line or drop in.", "0800 144 8848", 7, both, office(),
				addr("Citizens Advice, 12 Bridge Street", "Northbridge", "NB1 4JJ"), false, null));
		all.add(service("Northshire Citizens Advice", "Benefits advice",
				"Help to claim benefits, including Universal Credit split payments and appeals.", Set.of(FINANCIAL), "Anyone.", 16,
				null, GenderServed.ANY, true, Set.of(SELF_REFERRAL, PHONE), "Phone or drop in.", "0800 144 8849", 5, both, office(),
				null, false, null));
		all.add(service("Northshire Citizens Advice", "Family law advice clinic",
				"Free legal advice on child arrangements, non-molestation and occupation orders, with volunteer solicitors.",
				Set.of(LEGAL, DOMESTIC_ABUSE), "Anyone needing family law advice.", 16, null, GenderServed.ANY, true,
				Set.of(PHONE, VIA_ACCORD), "Book an appointment by phone.", "01632 961 203", 10, both,
				weekly(DayOfWeek.THURSDAY, 17, 19), addr("Citizens Advice, 12 Bridge Street", "Northbridge", "NB1 4JJ"), false,
				null));

		all.add(service("Northshire Probation Service", "Victim contact scheme",
				"Information for victims of serious violent and sexual offences about the offender's sentence and release.",
				Set.of(CRIMINAL_JUSTICE), "Victims of offenders sentenced to 12 months or more for a violent or sexual offence.",
				null, null, GenderServed.ANY, true, Set.of(VIA_ACCORD, PHONE), "Police or the victim can contact the scheme.",
				"01632 961 301", 14, both, office(), null, false, null));
		all.add(service("Northshire Probation Service", "Building better relationships",
				"An accredited programme for men convicted of domestic abuse offences, with partner link workers offering "
				+ "support to (ex-)partners.", Set.of(CRIMINAL_JUSTICE, DOMESTIC_ABUSE),
				"Men on a probation order with a programme requirement.", 18, null, GenderServed.MEN, false, Set.of(VIA_ACCORD),
				"Court or probation referral only.", null, 56, both, office(), null, false, null));

		all.add(service("Rape Crisis Northshire", "ISVA service",
				"Independent sexual violence advisers: support to report, through the criminal justice process, and after.",
				Set.of(SEXUAL_VIOLENCE), "Anyone 13 or over who has experienced rape or sexual abuse, at any time.", 13, null,
				GenderServed.ANY, true, Set.of(SELF_REFERRAL, VIA_ACCORD, PHONE),
				"Phone the helpline or be referred through Accord.", "01632 961 401", 7, both, office(), null, false, null));
		all.add(service("Rape Crisis Northshire", "Sexual violence counselling",
				"Specialist counselling for survivors of sexual violence, women-only sessions available.",
				Set.of(SEXUAL_VIOLENCE, MENTAL_HEALTH), "Survivors of sexual violence aged 16 or over.", 16, null, GenderServed.ANY,
				false, Set.of(SELF_REFERRAL, PHONE), "Refer yourself by phone.", "01632 961 402", 60, both, office(), null, false,
				null));
		all.add(service("Rape Crisis Northshire", "Sexual assault referral centre (SARC)",
				"Forensic medical examinations, emergency contraception and sexual health care after a recent sexual assault, with "
				+ "or without reporting to the police.", Set.of(SEXUAL_VIOLENCE, HEALTH),
				"Anyone after a sexual assault, ideally within 7 days.", null, null, GenderServed.ANY, true,
				Set.of(PHONE, SELF_REFERRAL), "Phone the SARC at any time.", "0800 970 0001", 0, both, everyDay(), null, false,
				null));

		for (ServiceDraft draft : all) {
			services.create(UUID.nameUUIDFromBytes(("service:" + draft.name()).getBytes()), draft);
		}
		createContacts(today);
		createGlossary();
		createAgreements(today);
		return all.size();
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

	private ServiceDraft service(String agency, String name, String description, Set<NeedCategory> needs, String criteria,
			Integer minAge, Integer maxAge, GenderServed gender, boolean children, Set<ReferralRoute> routes, String howToRefer,
			String phone, Integer waitingDays, Set<UUID> areas, List<OpeningTime> times, Address address, boolean confidential,
			String safety) {
		return new ServiceDraft(agencyId(agency), name, description, EnumSet.copyOf(needs), criteria, minAge, maxAge, gender,
				children, EnumSet.copyOf(routes), howToRefer, phone, null, waitingDays,
				times.isEmpty() ? "Meets monthly" : null, List.of("English"), "Step-free access; interpreters on request.",
				"Free", phone, null, null, address, confidential, safety, true, null, LocalDate.now(clock).minusMonths(1), areas,
				times);
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private UUID agencyId(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(UUID.class).single();
	}

	private static Address addr(String line1, String town, String postcode) {
		return new Address(line1, null, town, postcode);
	}

	private static List<OpeningTime> office() {
		List<OpeningTime> times = new ArrayList<>();
		for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
			times.add(new OpeningTime(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
		}
		return times;
	}

	private static List<OpeningTime> everyDay() {
		List<OpeningTime> times = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			times.add(new OpeningTime(day, LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59)));
		}
		return times;
	}

	private static List<OpeningTime> weekly(DayOfWeek day, int from, int to) {
		return List.of(new OpeningTime(day, LocalTime.of(from, 0), LocalTime.of(to, 0)));
	}

}
