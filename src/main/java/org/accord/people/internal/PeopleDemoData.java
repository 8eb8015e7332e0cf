package org.accord.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.accord.people.Appointment;
import org.accord.people.Appointments;
import org.accord.people.Chronology;
import org.accord.people.ChronologyEntry;
import org.accord.people.ChronologyEntry.Kind;
import org.accord.people.ChronologyEntry.Type;
import org.accord.people.ConfidentialLocations;
import org.accord.people.JoinGrounds;
import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.PersonIdentifier;
import org.accord.people.PersonIdentifiers;
import org.accord.people.ProfileField;
import org.accord.people.Profiles;
import org.accord.people.RelationshipType;
import org.accord.people.Relationships;
import org.accord.platform.DemoMode;
import org.accord.sharing.InformationCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sylvia's household from seed 000 (shared/docs/demo-scenario.md) and 200 other people, so lists
 * look real. Created only with the demo data, on an index with nobody in it.
 */
@Component
@Order(30)
class PeopleDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PeopleDemoData.class);

	private final People people;

	private final Profiles profiles;

	private final ConfidentialLocations locations;

	private final Relationships relationships;

	private final Chronology chronology;

	private final Appointments appointments;

	private final JdbcClient jdbc;

	private final DemoMode demo;

	private final Clock clock;

	private final PersonIdentifiers identifiers;

	private final org.accord.people.LeadProfessionals leads;

	PeopleDemoData(People people, Profiles profiles, ConfidentialLocations locations, Relationships relationships,
			Chronology chronology, Appointments appointments, PersonIdentifiers identifiers,
			org.accord.people.LeadProfessionals leads, JdbcClient jdbc, DemoMode demo, Clock clock) {
		this.identifiers = identifiers;
		this.leads = leads;
		this.people = people;
		this.profiles = profiles;
		this.locations = locations;
		this.relationships = relationships;
		this.appointments = appointments;
		this.chronology = chronology;
		this.jdbc = jdbc;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean created = demo.createOnce(4242003,
				() -> count("select count(*) from agency where name = 'Safer Futures'") > 0
				&& count("select count(*) from person") == 0, () -> {
					household();
					new DemoCaseload(people, jdbc).create(200);
				});
		if (created) {
			log.info("Demo people created: Sylvia's household and 200 others");
		}
	}

	private void household() {
		LocalDate today = LocalDate.now(clock);
		// No postcode for the household: they live in the refuge now, whose address only Safer Futures holds.
		UUID sylvia = people.create(new People.Draft("Sylvia", "Smith", LocalDate.of(1987, 12, 4), "Female", null),
				agency("Safer Futures"), "IDVA and lead professional", user("idva"));
		involve(sylvia, "Northshire Family Alcohol Service", "Family alcohol worker", "drugworker",
				JoinGrounds.PERSON_ASKED_FOR_HELP, "Sylvia asked for help with her drinking");
		involve(sylvia, "Northshire Community Mental Health Team", "Community psychiatric nurse", "cpn",
				JoinGrounds.REFERRAL_RECEIVED, "Referred by her GP after an admission");
		involve(sylvia, "Northshire Children's Social Care", "Children's social worker", "socialworker",
				JoinGrounds.SAFEGUARDING_ENQUIRY, "Referral from Safer Futures after the risk assessment");
		involve(sylvia, "Northshire Homes Tenancy Support", "Tenancy support officer", "housing", JoinGrounds.MEETING,
				"MARAC action: prioritise a move");
		involve(sylvia, "Northshire Police", "Domestic abuse officer", "police", JoinGrounds.STATUTORY_DUTY,
				"Investigating the incidents she reported");
		involve(sylvia, "Riverside Medical Practice", "GP", null, JoinGrounds.PERSON_ASKED_FOR_HELP,
				"Her registered GP practice");
		involve(sylvia, "Northshire Health Visiting", "Health visitor", null, JoinGrounds.STATUTORY_DUTY,
				"Health visiting for Sian");
		involve(sylvia, "Northshire Parenting Service", "Parenting worker", null, JoinGrounds.REFERRAL_RECEIVED,
				"Referred to the parenting group");

		UUID sian = child("Sian", today.minusMonths(9), "Northshire Health Visiting", "Health visitor");
		UUID james = child("James", today.minusYears(3).minusMonths(2), "Northshire Health Visiting", "Health visitor");
		UUID paul = child("Paul", today.minusYears(8).minusMonths(5), "Oakfield Primary School", "Class teacher");
		UUID father = people.create(new People.Draft("Mark", "Smith", LocalDate.of(1984, 5, 17), "Male", null),
				agency("Northshire Police"), "Suspect in domestic abuse investigations", user("police"));
		for (UUID child : new UUID[] { sian, james, paul }) {
			involve(child, "Northshire Children's Social Care", "Children's social worker", "socialworker");
			relationships.relate(sylvia, child, RelationshipType.CHILD, agency("Safer Futures"));
			relationships.relate(father, child, RelationshipType.CHILD, agency("Northshire Police"));
		}
		relationships.relate(sylvia, father, RelationshipType.PERPETRATOR, agency("Northshire Police"));
		leads.setLeadProfessional(sylvia, agency("Safer Futures"), user("idva"),
				"Sylvia, with the agencies at last month's MARAC", user("idva"));
		Map<ProfileField, String> profile = new EnumMap<>(ProfileField.class);
		profile.put(ProfileField.PRONOUNS, "she/her");
		profile.put(ProfileField.ALIASES, "née Hartley");
		profile.put(ProfileField.MAIN_LANGUAGE, "English");
		profile.put(ProfileField.INTERPRETER_NEEDED, "No");
		profile.put(ProfileField.COMMUNICATION_NEEDS,
				"Feels overwhelmed by letters and many appointments: one short text with the time and place, and "
				+ "check she has understood");
		profile.put(ProfileField.GP_PRACTICE, "Riverside Medical Practice");
		profile.put(ProfileField.ETHNICITY, "White");
		profile.put(ProfileField.SEXUAL_ORIENTATION, "Prefer not to say");
		profile.put(ProfileField.RELIGION, "Prefer not to say");
		profile.put(ProfileField.PHONE, "07700 900 461");
		profile.put(ProfileField.SAFE_TO_PHONE, "No");
		profile.put(ProfileField.SAFE_TO_TEXT, "Yes");
		profile.put(ProfileField.SAFE_TO_WRITE, "No");
		profile.put(ProfileField.SAFE_TO_EMAIL, "No");
		profile.put(ProfileField.SAFE_TO_VISIT, "No");
		profile.put(ProfileField.SAFE_TIMES, "Text only, not before 10:00. No letters to any address.");
		profile.put(ProfileField.CODE_WORD, "Bluebell");
		profile.put(ProfileField.ALTERNATIVE_CONTACT, "Jane, her family alcohol worker (Northshire Family Alcohol Service)");
		Person created = people.find(sylvia).orElseThrow();
		profiles.change(sylvia, created.version(),
				new People.Draft(created.givenName(), created.familyName(), created.dateOfBirth(), created.gender(),
						created.postcode()), profile, agency("Safer Futures"), user("idva"));
		identifiers.record(sylvia, PersonIdentifier.Type.NHS_NUMBER, "943 476 5919", agency("Riverside Medical Practice"),
				null);
		locations.hold(sylvia, agency("Safer Futures"), "Safer Futures refuge, 14 Larch Close, Northbridge NB3 7QT",
				user("idva"));
		chronology(sylvia, father, today);
		appointments(sylvia, appointments.mondayOf(today));
	}

	/** The story so far, from shared/docs/demo-scenario.md, as each agency recorded it. */
	private void chronology(UUID sylvia, UUID father, LocalDate today) {
		entry(sylvia, today.minusYears(3).minusMonths(2), Type.INCIDENT, Kind.FACT, InformationCategory.RISK,
				"Northshire Police", "police",
				"Police called to the family home by a neighbour: shouting and a child crying. Sylvia had a cut lip and said she "
				+ "fell. Mark Smith was present.", "Police incident log 23/1187");
		entry(sylvia, today.minusYears(2).minusMonths(1), Type.ADMISSION, Kind.FACT, InformationCategory.MENTAL_HEALTH,
				"Northshire Community Mental Health Team", "cpn",
				"Informal admission for nine days after a manic episode; diagnosis of bipolar disorder confirmed, "
				+ "with a panic disorder.", "Discharge summary, Northshire psychiatric unit");
		entry(sylvia, today.minusMonths(2), Type.ASSESSMENT, Kind.FACT, InformationCategory.MENTAL_HEALTH,
				"Northshire Community Mental Health Team", "cpn",
				"Diagnoses: bipolar affective disorder and panic disorder. On a care programme approach plan with a "
				+ "named care coordinator.", "Psychiatrist's clinic letter to the GP");
		entry(sylvia, today.minusYears(1).minusMonths(3), Type.INCIDENT, Kind.FACT, InformationCategory.RISK,
				"Northshire Police", "police",
				"Second call-out in a month. Sylvia disclosed years of controlling behaviour and violence but did not want "
				+ "to make a statement.", "Police incident log 25/3390");
		entry(sylvia, today.minusMonths(4), Type.INCIDENT, Kind.FACT, InformationCategory.RISK, "Northshire Police", "police",
				"Sylvia separated from Mark Smith. He came to the house the same evening and threatened to kill her if she kept "
				+ "the children. Arrested; released on bail with conditions.", "Police incident log 26/0412");
		entry(sylvia, today.minusMonths(4).plusDays(9), Type.REFERRAL, Kind.FACT, InformationCategory.SUBSTANCE_USE,
				"Northshire Family Alcohol Service", "drugworker",
				"Sylvia told me about the abuse at her appointment. With her agreement I referred her to Safer Futures; they "
				+ "accepted the referral the next day.", "Referral to Safer Futures");
		entry(sylvia, today.minusMonths(4).plusDays(12), Type.ASSESSMENT, Kind.FACT, InformationCategory.RISK,
				"Safer Futures", "idva",
				"Risk identification checklist completed with Sylvia: 15 of 24 questions answered yes. High risk; referred to "
				+ "MARAC. Children's social care referral made.", "Risk identification checklist");
		entry(sylvia, today.minusMonths(4).plusDays(12), Type.ASSESSMENT, Kind.OPINION, InformationCategory.RISK,
				"Safer Futures", "idva",
				"In my professional judgement the risk is escalating: the threats began when she left and he knows the "
				+ "children's routines.", null);
		entry(sylvia, today.minusMonths(3), Type.ASSESSMENT, Kind.OPINION, InformationCategory.SUBSTANCE_USE,
				"Northshire Family Alcohol Service", "drugworker",
				"Her drinking rises after contact with Mark. She is motivated to stop and wants help that fits "
				+ "around the children.", null);
		entry(sylvia, today.minusMonths(1).minusDays(6), Type.MEETING, Kind.FACT, InformationCategory.RISK, "Safer Futures",
				"idva",
				"Heard at the Northshire MARAC. Actions: housing to prioritise a move; mental health to review her care plan; "
				+ "children's social care to complete an assessment; police to flag the address.", "MARAC minutes");
		entry(sylvia, today.minusWeeks(3), Type.MOVE, Kind.FACT, InformationCategory.HOUSING, "Safer Futures", "idva",
				"Sylvia and the three children moved to a refuge. The address is held by Safer Futures only.", null);
		entry(sylvia, today.minusDays(10), Type.CONTACT, Kind.OPINION, InformationCategory.SUBSTANCE_USE,
				"Northshire Family Alcohol Service", "drugworker",
				"Sylvia is overwhelmed by the number of appointments and letters. We agreed I will contact the other agencies to "
				+ "clear up the confusion.", "Conversation with Sylvia");

		entry(father, today.minusMonths(4), Type.INCIDENT, Kind.FACT, InformationCategory.CRIMINAL_JUSTICE,
				"Northshire Police", "police",
				"Arrested on suspicion of threats to kill after a domestic incident. Released on bail: not to contact his former "
				+ "partner or go to her address.", "Custody record 26/0412");
		entry(father, today.plusWeeks(5), Type.COURT, Kind.FACT, InformationCategory.CRIMINAL_JUSTICE, "Northshire Police",
				"police", "Trial listed at Northbridge Magistrates' Court.", "Court listing");
	}

	/** This week's seven appointments in five days, with the Wednesday clash (demo-scenario.md). */
	private void appointments(UUID sylvia, LocalDate monday) {
		appointment(sylvia, monday, 10, 0, 60, "Northshire Community Mental Health Team", "cpn", "Psychiatrist",
				"Care plan review", "Northbridge community mental health centre");
		appointment(sylvia, monday, 14, 0, 60, "Northshire Health Visiting", null, "Health visitor",
				"Sian's nine-month check", "Northbridge children's centre");
		appointment(sylvia, monday.plusDays(1), 11, 0, 60, "Northshire Family Alcohol Service", "drugworker",
				"Jane Morris, alcohol worker", "Key-work session", "Family alcohol service, Station Road");
		appointment(sylvia, monday.plusDays(2), 13, 0, 90, "Northshire Parenting Service", null, "Parenting group",
				"Parenting group, week 3", "Northbridge family hub");
		appointment(sylvia, monday.plusDays(2), 13, 30, 60, "Safer Futures", "idva", "Amira Khan, IDVA", "Safety planning",
				"Safer Futures office");
		appointment(sylvia, monday.plusDays(3), 9, 30, 60, "Northshire Children's Social Care", "socialworker",
				"Tom Reid, social worker", "Child and family assessment visit", "Safer Futures office");
		appointment(sylvia, monday.plusDays(4), 10, 0, 45, "Northshire Homes Tenancy Support", "housing",
				"Priya Shah, housing officer", "Rehousing application", "Phone call");
	}

	private void appointment(UUID person, LocalDate day, int hour, int minute, int minutes, String agency, String username,
			String withWhom, String purpose, String location) {
		// Each appointment reveals what the agency's involvement does: the psychiatrist's is MENTAL_HEALTH.
		appointments.create(new Appointment.Draft(person, day.atTime(hour, minute).atZone(appointments.zone()).toInstant(),
				minutes, agency(agency), withWhom, purpose, location, people.involvementCategory(agency(agency), person),
				username == null ? null : user(username)));
	}

	private void entry(UUID person, LocalDate on, Type type, Kind kind, InformationCategory category, String agency,
			String username, String summary, String provenance) {
		chronology.record(new ChronologyEntry.Draft(person, on, type, summary, kind, category, provenance, agency(agency),
				user(username),
				jdbc.sql("select display_name from app_user where username = ?").param(username).query(String.class).single()));
	}

	private UUID child(String name, LocalDate born, String agency, String role) {
		return people.create(new People.Draft(name, "Smith", born, null, null), agency(agency), role, null);
	}

	private void involve(UUID person, String agency, String role, String username) {
		involve(person, agency, role, username, JoinGrounds.STATUTORY_DUTY, "Working with the family");
	}

	private void involve(UUID person, String agency, String role, String username, JoinGrounds grounds, String reason) {
		people.involve(person, agency(agency), role, username == null ? null : user(username), grounds, reason);
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private UUID agency(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(UUID.class).single();
	}

	private UUID user(String username) {
		return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).optional()
			.orElse(null);
	}

}
