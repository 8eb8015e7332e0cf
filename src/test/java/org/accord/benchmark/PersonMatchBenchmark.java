package org.accord.benchmark;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accord.people.People;
import org.accord.people.PersonMatch;
import org.accord.people.PersonMatching;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzy person matching over 1,000,000 generated people, on the embedded PostgreSQL. Not part of the
 * normal build: run with {@code mvn test -Pbenchmark}; figures are recorded in docs/performance.md.
 * <p>
 * The generated people are left in place: the database goes with the test context, nothing else run
 * with {@code -Pbenchmark} reads people, and deleting them would take longer than making them, as each
 * row deleted checks the five tables that refer to people.
 */
@IntegrationTest
@Tag("benchmark")
class PersonMatchBenchmark {

	private static final int PEOPLE = 1_000_000;

	private static final int WARM_UP = 350;

	private static final int PER_KIND = 300;

	// Commonest first: the generator draws them with weight 1 / (rank + 8), so David and Margaret are each
	// about 2% of people and a name near the end of a list about 0.1%. Short forms come last, as few are
	// recorded under them.
	private static final String[] FEMALE = { "Margaret", "Sarah", "Susan", "Elizabeth", "Mary", "Emma", "Patricia", "Jennifer",
			"Karen", "Helen", "Julie", "Claire", "Nicola", "Joanne", "Lisa", "Amanda", "Rachel", "Laura", "Rebecca", "Jessica",
			"Olivia", "Amelia", "Sophie", "Charlotte", "Emily", "Hannah", "Lucy", "Grace", "Chloe", "Jane", "Catherine", "Katherine",
			"Victoria", "Samantha", "Deborah", "Louise", "Kelly", "Michelle", "Gemma", "Stephanie", "Jade", "Megan", "Ellie", "Isla",
			"Ava", "Mia", "Freya", "Lily", "Poppy", "Isabella", "Sophia", "Ruby", "Evie", "Ella", "Florence", "Anne", "Janet",
			"Christine", "Linda", "Barbara", "Dorothy", "Joan", "Pauline", "Jean", "Sandra", "Carol", "Valerie", "Maureen", "Brenda",
			"Sylvia", "Irene", "Doreen", "Eileen", "Gillian", "Alison", "Fiona", "Angela", "Tracey", "Dawn", "Donna", "Zoe", "Natalie",
			"Kirsty", "Abigail", "Eleanor", "Amy", "Bethany", "Holly", "Georgia", "Molly", "Aisha", "Fatima", "Zara", "Maryam", "Amina",
			"Ayesha", "Khadija", "Zainab", "Noor", "Hafsa", "Priya", "Anjali", "Sunita", "Pooja", "Nisha", "Simran", "Harpreet",
			"Gurpreet", "Agnieszka", "Katarzyna", "Anna", "Magdalena", "Joanna", "Ewa", "Chiamaka", "Ngozi", "Adaeze", "Funmilayo",
			"Abena", "Ama", "Hodan", "Sahra", "Ifrah", "Mei", "Lin", "Ana", "Maria", "Ioana", "Elif", "Siobhan", "Niamh", "Aoife",
			"Bronwen", "Sian", "Rhian", "Kate", "Liz", "Sue", "Jenny", "Becky", "Vicky", "Debbie", "Sally", "Polly" };

	private static final String[] MALE = { "David", "John", "Michael", "Paul", "Andrew", "Peter", "Richard", "James", "Robert",
			"Mark", "Stephen", "Christopher", "Ian", "Thomas", "Daniel", "William", "Anthony", "Kevin", "Gary", "Steven", "Matthew",
			"Jonathan", "Simon", "Martin", "Alan", "Brian", "Colin", "Keith", "Graham", "Neil", "Lee", "Craig", "Darren", "Jason",
			"Wayne", "Stuart", "Philip", "Adam", "Benjamin", "Samuel", "Joseph", "Jack", "Oliver", "Harry", "George", "Noah", "Leo",
			"Arthur", "Oscar", "Charlie", "Jacob", "Alfie", "Freddie", "Archie", "Henry", "Theo", "Ethan", "Joshua", "Ryan", "Liam",
			"Connor", "Callum", "Kieran", "Jordan", "Nathan", "Luke", "Aaron", "Edward", "Alexander", "Nicholas", "Patrick", "Sean",
			"Kenneth", "Ronald", "Roy", "Derek", "Raymond", "Terence", "Dennis", "Geoffrey", "Frank", "Trevor", "Barry", "Malcolm",
			"Muhammad", "Mohammed", "Ahmed", "Ali", "Omar", "Ibrahim", "Yusuf", "Hamza", "Bilal", "Imran", "Tariq", "Abdul", "Rajesh",
			"Sanjay", "Arjun", "Ravi", "Amit", "Harjit", "Gurdeep", "Tomasz", "Piotr", "Krzysztof", "Marcin", "Pawel", "Jakub",
			"Chinedu", "Emeka", "Oluwaseun", "Kwame", "Kofi", "Abdi", "Mohamed", "Wei", "Jun", "Andrei", "Mihai", "Mehmet", "Mustafa",
			"Joao", "Marco", "Declan", "Ciaran", "Rhys", "Gareth", "Dylan", "Bill", "Bob", "Jim", "Mike", "Tom", "Dave", "Steve",
			"Tony", "Joe", "Dan" };

	// Commonest first, drawn with weight 1 / (rank + 15): Smith is about 1.7% of people.
	private static final String[] FAMILY = { "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
			"Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis",
			"Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark",
			"Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "Khan", "James", "Scott", "Phillips", "Watson", "Davis", "Parker",
			"Price", "Bennett", "Young", "Ali", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins",
			"Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Hussain", "Marshall", "Anderson", "Simpson", "Ellis", "Adams",
			"Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ahmed", "Hunt",
			"Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker",
			"Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Fletcher", "Walsh", "Kaur", "Gibson",
			"Howard", "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks",
			"West", "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts",
			"Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman",
			"Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry",
			"Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy",
			"Williamson", "Bird", "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop",
			"Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross", "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne",
			"Sutton", "McDonald", "Yates", "Hodgson", "Robson", "Curtis", "Hopkins", "O'Connor", "Harper", "Coleman", "Watkins", "Moss",
			"McCarthy", "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston", "Gordon",
			"Doyle", "Wallace", "George", "Jordan", "Hutchinson", "Rahman", "Miah", "Islam", "Uddin", "Chowdhury", "Akhtar", "Mahmood",
			"Iqbal", "Hassan", "Mohamed", "Abdi", "Farah", "Osman", "Okafor", "Okoro", "Adeyemi", "Mensah", "Owusu", "Boateng", "Nwosu",
			"Okonkwo", "Bello", "Ibrahim", "Kowalski", "Nowak", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Zielinski",
			"Popescu", "Ionescu", "Silva", "Santos", "Ferreira", "Pereira", "Costa", "Rossi", "Russo", "Nguyen", "Tran", "Wang", "Li",
			"Zhang", "Chen", "Liu", "Wong", "Chan", "Yilmaz", "Kaya", "Demir", "Papadopoulos", "Cohen", "Levy", "Kumar", "Sharma",
			"Gupta", "Joshi", "Mistry", "Desai", "Chauhan", "Sandhu", "Dhillon", "Bibi", "Nazir", "Rashid", "Aziz", "Mirza", "Qureshi",
			"Malik", "Butt", "Sheikh", "Ahmad", "Hossain", "MacLeod", "Fraser", "Duffy", "Quinn", "Gallagher", "Lynch", "Brennan",
			"Kaye", "Novak", "Haddad" };

	// The long tail of rare surnames, made from English place-name parts (Ashford, Hollingworth): some
	// 34,000 different names, so the name dictionaries are as big as a real index's rather than a few hundred.
	private static final String[] PLACE_START = { "Ash", "Black", "Brad", "Bram", "Brook", "Bur", "Chad", "Clay", "Cold", "Crom",
			"Dar", "Elm", "Fair", "Farn", "Gold", "Green", "Hal", "Hart", "Hazel", "Hey", "Hol", "Kings", "Lang", "Mar", "Mid", "Mill",
			"Nor", "Oak", "Pen", "Red", "Rock", "Rad", "Shel", "Stan", "Sut", "Thorn", "Wake", "Wal", "West", "Whit", "Win", "Wood",
			"Wor", "Ather", "Bick", "Cad", "Dun", "Hather", "Ingle", "Kirk", "Lind", "Mort", "Pick", "Ram", "Sand", "Tal", "Went",
			"Bex", "Cross", "Staf" };

	private static final String[] PLACE_MIDDLE = { "", "", "", "", "ing", "er", "en", "ling", "s" };

	private static final String[] PLACE_END = { "ford", "well", "ton", "ley", "by", "ham", "field", "wood", "worth", "wick",
			"stone", "shaw", "dale", "combe", "bury", "den", "land", "more", "ridge", "thorpe", "hurst", "croft", "gate", "bridge",
			"cliffe", "low", "stead", "hall", "brook", "cott" };

	private static final String[] DISTRICTS = { "NB1", "NB2", "NB3", "NB4", "NB5", "NB6", "NB7", "NB8", "NB9", "SM1", "SM2", "SM3",
			"SM4", "SM5", "SM6", "SM7", "SM8", "SM9" };

	/**
	 * One statement, all in the database. Of the people, 15% have a rare surname, 3% a double-barrelled one;
	 * 5% have no known date of birth (the rest are spread over 1930 to 2025) and 10% no postcode (the rest
	 * are spread over 72,000 postcodes in 18 districts, some 14 people each).
	 */
	private static final String GENERATE = """
			with lists as (
			  select cast(? as text[]) as female, cast(? as text[]) as male, cast(? as text[]) as family,
			         cast(? as text[]) as place_start, cast(? as text[]) as place_middle, cast(? as text[]) as place_end,
			         cast(? as text[]) as districts
			),
			draws as (
			  select random() < 0.5 as female, random() as given, random() as surname, random() as kind
			  from generate_series(1, ?)
			)
			insert into person (id, given_name, family_name, date_of_birth, gender, postcode, created_at, updated_at)
			select gen_random_uuid(),
			       case when d.female then %s else %s end,
			       case when d.kind < 0.15 then %s || %s || %s
			            when d.kind < 0.18 then %s || '-' || %s
			            else %s end,
			       case when random() < 0.05 then null
			            else date '1930-01-01' + floor(random() * (date '2026-01-01' - date '1930-01-01'))::int end,
			       case when random() < 0.03 then null when d.female then 'Female' else 'Male' end,
			       case when random() < 0.1 then null
			            else %s || ' ' || floor(random() * 10)::int
			                 || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(random() * 20)::int, 1)
			                 || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(random() * 20)::int, 1) end,
			       ?, ?
			from draws d, lists l""".formatted(skewed("l.female", 8, "d.given"), skewed("l.male", 8, "d.given"),
			uniform("l.place_start", "random()"), uniform("l.place_middle", "random()"), uniform("l.place_end", "random()"),
			skewed("l.family", 15, "d.surname"), uniform("l.family", "random()"), skewed("l.family", 15, "d.surname"),
			uniform("l.districts", "random()"));

	@Autowired
	People people;

	@Autowired
	PersonMatching matching;

	@Autowired
	JdbcTemplate jdbc;

	record Known(UUID id, String given, String family, LocalDate dateOfBirth, String postcode) {
	}

	record Query(String given, String family, LocalDate dateOfBirth, String postcode, UUID expected) {
	}

	record Kind(String name, Function<Random, Query> next) {
	}

	@Test
	void fuzzyMatchOverAMillionPeople() {
		// Tells the generated people from the demo data, so that the queries are made from generated people only.
		OffsetDateTime generatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
		long started = System.nanoTime();
		generate(generatedAt);
		long generated = System.nanoTime();
		// As a table of this size long in use would be, and so autovacuum does not start on it mid-run.
		jdbc.execute("vacuum analyze person");
		jdbc.execute("vacuum analyze person_family_name");
		jdbc.execute("vacuum analyze person_given_name");
		// Writes the generated data out now rather than during the timing, here or in the next benchmark.
		jdbc.execute("checkpoint");
		System.out.printf(Locale.ROOT,
				"BENCHMARK generated %,d people in %.1f s, vacuumed, analysed and checkpointed in %.1f s; %,d family and %,d given names%n",
				PEOPLE, (generated - started) / 1e9, (System.nanoTime() - generated) / 1e9,
				jdbc.queryForObject("select count(*) from person_family_name", Integer.class),
				jdbc.queryForObject("select count(*) from person_given_name", Integer.class));
		measure(generatedAt);
	}

	private void measure(OffsetDateTime generatedAt) {
		Random random = new Random(42);
		List<Known> known = jdbc.query("""
				select id, given_name, family_name, date_of_birth, postcode from person tablesample bernoulli (0.5) repeatable (42)
				where created_at = ? and date_of_birth is not null order by family_name, given_name, date_of_birth, postcode, id""",
				(rs, n) -> new Known(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
						rs.getString(5)),
				generatedAt);
		Map<String, List<String>> shortForms = jdbc.query("select canonical, variant from given_name_variant order by 1, 2",
				(rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.stream()
			.collect(Collectors.groupingBy(v -> v[0], Collectors.mapping(v -> Character.toUpperCase(v[1].charAt(0)) + v[1].substring(1),
					Collectors.toList())));
		List<Known> withShortForms = known.stream().filter(k -> shortForms.containsKey(k.given().toLowerCase(Locale.ROOT))).toList();
		List<Known> swappable = known.stream()
			.filter(k -> k.dateOfBirth().getDayOfMonth() <= 12 && k.dateOfBirth().getDayOfMonth() != k.dateOfBirth().getMonthValue())
			.toList();
		List<Known> withPostcode = known.stream().filter(k -> k.postcode() != null).toList();
		List<Known> doubleBarrelled = known.stream().filter(k -> k.family().contains("-")).toList();
		List<Kind> kinds = List.of(
				new Kind("exact", r -> exact(pick(known, r))),
				new Kind("one typo in a name", r -> {
					Known k = pick(known, r);
					boolean family = r.nextBoolean() ? k.family().length() >= 4 || k.given().length() < 4 : k.given().length() < 4;
					return new Query(family ? k.given() : typo(k.given(), r), family ? typo(k.family(), r) : k.family(),
							k.dateOfBirth(), k.postcode(), k.id());
				}),
				new Kind("short form of the given name", r -> {
					Known k = pick(withShortForms, r);
					return new Query(pick(shortForms.get(k.given().toLowerCase(Locale.ROOT)), r), k.family(), k.dateOfBirth(), k.postcode(),
							k.id());
				}),
				new Kind("day and month swapped", r -> {
					Known k = pick(swappable, r);
					LocalDate d = k.dateOfBirth();
					return new Query(k.given(), k.family(), LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()), k.postcode(),
							k.id());
				}),
				new Kind("no date of birth", r -> {
					Known k = pick(withPostcode, r);
					return new Query(k.given(), k.family(), null, k.postcode(), k.id());
				}),
				new Kind("double-barrelled surname", r -> {
					// Asked for by one half of the recorded name, or recorded by one half of the name asked for.
					if (r.nextBoolean()) {
						Known k = pick(doubleBarrelled, r);
						String[] halves = k.family().split("-");
						return new Query(k.given(), halves[r.nextInt(halves.length)], k.dateOfBirth(), k.postcode(), k.id());
					}
					Known k = pick(known, r);
					return new Query(k.given(), k.family() + "-" + FAMILY[r.nextInt(FAMILY.length)], k.dateOfBirth(), k.postcode(), k.id());
				}),
				new Kind("nobody on record", r -> new Query(pick(r.nextBoolean() ? FEMALE : MALE, r), pick(FAMILY, r),
						LocalDate.of(1930, 1, 1).plusDays(r.nextInt(35_000)), null, null)));

		for (int i = 0; i < WARM_UP; i++) {
			Query q = kinds.get(i % kinds.size()).next().apply(random);
			matching.matches(q.given(), q.family(), q.dateOfBirth(), q.postcode());
		}
		int measured = PER_KIND * kinds.size();
		long[] nanos = new long[measured];
		long[][] byKind = new long[kinds.size()][PER_KIND];
		List<String> missed = new ArrayList<>();
		for (int i = 0; i < measured; i++) {
			Kind kind = kinds.get(i % kinds.size());
			Query q = kind.next().apply(random);
			long start = System.nanoTime();
			List<PersonMatch> found = matching.matches(q.given(), q.family(), q.dateOfBirth(), q.postcode());
			nanos[i] = System.nanoTime() - start;
			byKind[i % kinds.size()][i / kinds.size()] = nanos[i];
			if (q.expected() != null && found.stream().noneMatch(m -> m.id().equals(q.expected()))) {
				missed.add(kind.name() + ": " + q);
			}
		}
		for (int k = 0; k < kinds.size(); k++) {
			Arrays.sort(byKind[k]);
			System.out.printf(Locale.ROOT, "BENCHMARK   %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", kinds.get(k).name(),
					percentile(byKind[k], 0.5), percentile(byKind[k], 0.95), percentile(byKind[k], 0.99), byKind[k][PER_KIND - 1] / 1e6);
		}
		Arrays.sort(nanos);
		double p95 = percentile(nanos, 0.95);
		System.out.printf(Locale.ROOT, "BENCHMARK person match, %,d people, %d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				PEOPLE, measured, percentile(nanos, 0.5), p95, percentile(nanos, 0.99), nanos[measured - 1] / 1e6);
		assertThat(missed).as("queries that did not find the person they were made from").isEmpty();
		assertThat(p95).as("p95 in ms").isLessThan(50);
	}

	private void generate(OffsetDateTime generatedAt) {
		jdbc.execute((ConnectionCallback<Integer>) connection -> {
			try (Statement seed = connection.createStatement(); PreparedStatement insert = connection.prepareStatement(GENERATE)) {
				// The same people every run, so runs can be compared.
				seed.execute("select setseed(0.42)");
				Object[] params = { FEMALE, MALE, FAMILY, PLACE_START, PLACE_MIDDLE, PLACE_END, DISTRICTS, PEOPLE, generatedAt,
						generatedAt };
				for (int i = 0; i < params.length; i++) {
					insert.setObject(i + 1, params[i]);
				}
				return insert.executeUpdate();
			}
		});
	}

	private static Query exact(Known k) {
		return new Query(k.given(), k.family(), k.dateOfBirth(), k.postcode(), k.id());
	}

	/** Drops, swaps or changes one letter, as people type or hear a name, never the first. */
	private static String typo(String name, Random random) {
		if (name.length() < 3) {
			return name;
		}
		int i = 1 + random.nextInt(name.length() - 2);
		return switch (random.nextInt(3)) {
			case 0 -> name.substring(0, i) + name.substring(i + 1);
			case 1 -> name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
			default -> name.substring(0, i) + "aeiouy".charAt(random.nextInt(6)) + name.substring(i + 1);
		};
	}

	/** SQL for an element of {@code list} drawn by the uniform {@code draw} with weight 1 / (rank + c). */
	private static String skewed(String list, int c, String draw) {
		return "%1$s[least(cardinality(%1$s), 1 + floor(%2$d * power((cardinality(%1$s) + %2$d) / %2$d.0, %3$s) - %2$d)::int)]"
			.formatted(list, c, draw);
	}

	private static String uniform(String list, String draw) {
		return "%1$s[1 + floor(%2$s * cardinality(%1$s))::int]".formatted(list, draw);
	}

	private static <T> T pick(List<T> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}

	private static String pick(String[] names, Random random) {
		return names[random.nextInt(names.length)];
	}

	private static double percentile(long[] sorted, double p) {
		return sorted[(int) (sorted.length * p)] / 1e6;
	}

}
