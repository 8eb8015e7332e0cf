package org.accord.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.accord.directory.Address;
import org.accord.directory.GenderServed;
import org.accord.directory.NeedCategory;
import org.accord.directory.OpeningTime;
import org.accord.directory.ReferralRoute;
import org.accord.directory.ServiceDraft;

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
 * The demo partnership's services, agency by agency, as drafts: what a practitioner in Northbridge and Southmoor
 * would find, including Safer Futures' refuge, whose address is confidential.
 */
final class DemoServices {

	private final Function<String, UUID> agencyIds;

	private final LocalDate lastVerified;

	/** @param agencyIds the id of a demo agency, by its name */
	DemoServices(Function<String, UUID> agencyIds, LocalDate lastVerified) {
		this.agencyIds = agencyIds;
		this.lastVerified = lastVerified;
	}

	List<ServiceDraft> drafts() {
		List<ServiceDraft> all = new ArrayList<>();
		Set<UUID> both = Set.of(DirectoryDemoData.NORTHBRIDGE, DirectoryDemoData.SOUTHMOOR);
		Set<UUID> north = Set.of(DirectoryDemoData.NORTHBRIDGE);
		Set<UUID> south = Set.of(DirectoryDemoData.SOUTHMOOR);

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
		return all;
	}

	private ServiceDraft service(String agency, String name, String description, Set<NeedCategory> needs, String criteria,
			Integer minAge, Integer maxAge, GenderServed gender, boolean children, Set<ReferralRoute> routes, String howToRefer,
			String phone, Integer waitingDays, Set<UUID> areas, List<OpeningTime> times, Address address, boolean confidential,
			String safety) {
		return new ServiceDraft(agencyIds.apply(agency), name, description, EnumSet.copyOf(needs), criteria, minAge, maxAge,
				gender, children, EnumSet.copyOf(routes), howToRefer, phone, null, waitingDays,
				times.isEmpty() ? "Meets monthly" : null, List.of("English"), "Step-free access; interpreters on request.",
				"Free", phone, null, null, address, confidential, safety, true, null, lastVerified, areas, times);
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
