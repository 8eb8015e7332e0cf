package org.accord.people.internal;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.accord.people.People;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's other people, around Sylvia's household, so that lists, searches and matching look real. */
class DemoCaseload {

	private static final String[] GIVEN = { "Amelia", "Olivia", "Isla", "Ava", "Mia", "Emily", "Grace", "Sophia", "Lily",
			"Freya", "Jack", "Oliver", "Harry", "George", "Noah", "Leo", "Arthur", "Muhammad", "Oscar", "Charlie", "Aisha",
			"Zara", "Priya", "Fatima", "Chloe", "Megan", "Connor", "Kieran", "Tomasz", "Agnieszka" };

	private static final String[] FAMILY = { "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
			"Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green",
			"Hall", "Khan", "Ali", "Hussain", "Begum", "Kowalski", "Nowak", "O'Brien", "Murphy", "Clarke", "Patel" };

	private final People people;

	private final JdbcClient jdbc;

	DemoCaseload(People people, JdbcClient jdbc) {
		this.people = people;
		this.jdbc = jdbc;
	}

	/** Creates {@code size} people, each with one agency and a third with a second; the same ones every time. */
	void create(int size) {
		Random random = new Random(2026);
		var agencies = jdbc.sql("select id from agency order by name").query(UUID.class).list();
		for (int i = 0; i < size; i++) {
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

}
