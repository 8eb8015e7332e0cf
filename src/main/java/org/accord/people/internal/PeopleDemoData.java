package org.accord.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.accord.people.People;
import org.accord.people.Person;
import org.accord.people.ProfileField;
import org.accord.people.RelationshipType;
import org.accord.platform.DemoMode;
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

	private static final String[] GIVEN = { "Amelia", "Olivia", "Isla", "Ava", "Mia", "Emily", "Grace", "Sophia", "Lily", "Freya",
			"Jack", "Oliver", "Harry", "George", "Noah", "Leo", "Arthur", "Muhammad", "Oscar", "Charlie", "Aisha", "Zara",
			"Priya", "Fatima", "Chloe", "Megan", "Connor", "Kieran", "Tomasz", "Agnieszka" };

	private static final String[] FAMILY = { "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
			"Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green",
			"Hall", "Khan", "Ali", "Hussain", "Begum", "Kowalski", "Nowak", "O'Brien", "Murphy", "Clarke", "Patel" };

	private final People people;

	private final JdbcClient jdbc;

	private final DemoMode demo;

	private final Clock clock;

	PeopleDemoData(People people, JdbcClient jdbc, DemoMode demo, Clock clock) {
		this.people = people;
		this.jdbc = jdbc;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean created = demo.createOnce(4242003,
				() -> count("select count(*) from agency where name = 'Safer Futures'") > 0 && count("select count(*) from person") == 0,
				() -> {
					household();
					others();
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
		involve(sylvia, "Northshire Family Alcohol Service", "Family alcohol worker", "drugworker");
		involve(sylvia, "Northshire Community Mental Health Team", "Community psychiatric nurse", "cpn");
		involve(sylvia, "Northshire Children's Social Care", "Children's social worker", "socialworker");
		involve(sylvia, "Northshire Homes Tenancy Support", "Tenancy support officer", "housing");
		involve(sylvia, "Northshire Police", "Domestic abuse officer", "police");
		involve(sylvia, "Riverside Medical Practice", "GP", null);
		involve(sylvia, "Northshire Health Visiting", "Health visitor", null);
		involve(sylvia, "Northshire Parenting Service", "Parenting worker", null);

		UUID sian = child("Sian", today.minusMonths(9), "Northshire Health Visiting", "Health visitor");
		UUID james = child("James", today.minusYears(3).minusMonths(2), "Northshire Health Visiting", "Health visitor");
		UUID paul = child("Paul", today.minusYears(8).minusMonths(5), "Oakfield Primary School", "Class teacher");
		UUID father = people.create(new People.Draft("Mark", "Smith", LocalDate.of(1984, 5, 17), "Male", null),
				agency("Northshire Police"), "Suspect in domestic abuse investigations", user("police"));
		for (UUID child : new UUID[] { sian, james, paul }) {
			involve(child, "Northshire Children's Social Care", "Children's social worker", "socialworker");
			people.relate(sylvia, child, RelationshipType.CHILD, agency("Safer Futures"));
			people.relate(father, child, RelationshipType.CHILD, agency("Northshire Police"));
		}
		people.relate(sylvia, father, RelationshipType.PERPETRATOR, agency("Northshire Police"));
		people.setLeadProfessional(sylvia, agency("Safer Futures"), user("idva"),
				"Sylvia, with the agencies at last month's MARAC", user("idva"));
		Map<ProfileField, String> profile = new EnumMap<>(ProfileField.class);
		profile.put(ProfileField.PRONOUNS, "she/her");
		profile.put(ProfileField.MAIN_LANGUAGE, "English");
		profile.put(ProfileField.INTERPRETER_NEEDED, "No");
		profile.put(ProfileField.DISABILITY, "Bipolar disorder and panic disorder (details with the mental health team)");
		profile.put(ProfileField.COMMUNICATION_NEEDS, "Feels overwhelmed by letters and many appointments: one short text with the time and place, and check she has understood");
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
		people.change(sylvia, created.version(), new People.Draft(created.givenName(), created.familyName(), created.dateOfBirth(),
				created.gender(), created.postcode()), profile, agency("Safer Futures"), user("idva"));
		people.holdConfidentialLocation(sylvia, agency("Safer Futures"), "Safer Futures refuge, 14 Larch Close, Northbridge NB3 7QT",
				user("idva"));
	}

	private UUID child(String name, LocalDate born, String agency, String role) {
		return people.create(new People.Draft(name, "Smith", born, null, null), agency(agency), role, null);
	}

	private void others() {
		Random random = new Random(2026);
		var agencies = jdbc.sql("select id from agency order by name").query(UUID.class).list();
		for (int i = 0; i < 200; i++) {
			String postcode = (random.nextBoolean() ? "NB" : "SM") + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9))
					+ (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
			UUID id = people.create(new People.Draft(GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)],
					LocalDate.of(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)), null, postcode),
					agencies.get(random.nextInt(agencies.size())), "Practitioner", null);
			if (random.nextInt(3) == 0) {
				people.involve(id, agencies.get(random.nextInt(agencies.size())), "Practitioner", null);
			}
		}
	}

	private void involve(UUID person, String agency, String role, String username) {
		people.involve(person, agency(agency), role, username == null ? null : user(username));
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private UUID agency(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(UUID.class).single();
	}

	private UUID user(String username) {
		return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).optional().orElse(null);
	}

}
