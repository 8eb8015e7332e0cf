package org.accord.benchmark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.accord.directory.Area;
import org.accord.directory.GenderServed;
import org.accord.directory.NeedCategory;
import org.accord.directory.ServiceQuery;
import org.accord.directory.Services;
import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Directory search over 10,000 services in 20 areas, on the embedded PostgreSQL. Not part of the
 * normal build: run with {@code mvn test -Pbenchmark}; figures are recorded in docs/performance.md.
 */
@IntegrationTest
@Tag("benchmark")
class DirectorySearchBenchmark {

	private static final int SERVICES = 10_000;

	private static final int WARM_UP = 300;

	private static final int MEASURED = 2_000;

	private static final String[] WORDS = { "family", "support", "recovery", "women", "advice", "housing", "outreach",
			"counselling", "therapy", "youth", "refuge", "crisis", "alcohol", "drug", "legal", "money", "debt", "parenting",
			"safety", "wellbeing", "community", "helpline", "drop-in", "mentoring", "court", "health", "clinic", "group" };

	@Autowired
	Services services;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void searchOverTenThousandServices() {
		Random random = new Random(42);
		List<UUID> areas = seed(random);
		List<Supplier<ServiceQuery>> queries = List.of(
				() -> ServiceQuery.text(typo(WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)], random)),
				() -> new ServiceQuery(null, Set.of(pick(random)), areas.get(random.nextInt(areas.size())), null, null, false, false, 0, 20),
				() -> new ServiceQuery(typo(WORDS[random.nextInt(WORDS.length)], random), Set.of(pick(random)),
						areas.get(random.nextInt(areas.size())), 30, GenderServed.WOMEN, true, false, 0, 20),
				() -> new ServiceQuery(null, Set.of(), areas.get(random.nextInt(areas.size())), null, null, false, true, 0, 20));
		for (int i = 0; i < WARM_UP; i++) {
			services.search(queries.get(i % queries.size()).get());
		}
		long[] nanos = new long[MEASURED];
		long[][] byKind = new long[queries.size()][MEASURED / queries.size()];
		for (int i = 0; i < MEASURED; i++) {
			ServiceQuery q = queries.get(i % queries.size()).get();
			long start = System.nanoTime();
			services.search(q);
			nanos[i] = System.nanoTime() - start;
			byKind[i % queries.size()][i / queries.size()] = nanos[i];
		}
		String[] kinds = { "text with typos", "need and area", "text, need, area, age, gender, children", "area, open now" };
		for (int k = 0; k < byKind.length; k++) {
			Arrays.sort(byKind[k]);
			System.out.printf(Locale.ROOT, "BENCHMARK   %s: p50 %.1f ms, p95 %.1f ms%n", kinds[k],
					byKind[k][byKind[k].length / 2] / 1e6, byKind[k][(int) (byKind[k].length * 0.95)] / 1e6);
		}

		Arrays.sort(nanos);
		double p50 = nanos[MEASURED / 2] / 1e6;
		double p95 = nanos[(int) (MEASURED * 0.95)] / 1e6;
		double p99 = nanos[(int) (MEASURED * 0.99)] / 1e6;
		System.out.printf(Locale.ROOT, "BENCHMARK directory search, %d services, %d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				SERVICES, MEASURED, p50, p95, p99, nanos[MEASURED - 1] / 1e6);
		assertThat(p95).as("p95 in ms").isLessThan(50);
	}

	private List<UUID> seed(Random random) {
		List<UUID> areas = new ArrayList<>(services.areas().stream().map(Area::id).toList());
		for (int i = areas.size(); i < 20; i++) {
			UUID id = UUID.randomUUID();
			jdbc.update("insert into area (id, code, name) values (?, ?, ?)", id, "B" + i, "Bench area " + i);
			areas.add(id);
		}
		List<UUID> agencies = jdbc.queryForList("select id from agency", UUID.class);
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> areaRows = new ArrayList<>();
		List<Object[]> times = new ArrayList<>();
		for (int i = 0; i < SERVICES; i++) {
			UUID id = UUID.randomUUID();
			String name = cap(WORDS[random.nextInt(WORDS.length)]) + " " + WORDS[random.nextInt(WORDS.length)] + " "
					+ WORDS[random.nextInt(WORDS.length)] + " " + i;
			EnumSet<NeedCategory> needs = EnumSet.of(pick(random), pick(random));
			String text = (name + " " + String.join(" ", needs.stream().map(NeedCategory::label).toList()) + " "
					+ WORDS[random.nextInt(WORDS.length)] + " service for people in need").toLowerCase(Locale.ROOT);
			rows.add(new Object[] { id, agencies.get(random.nextInt(agencies.size())), name,
					needs.stream().map(Enum::name).toArray(String[]::new), random.nextBoolean() ? "ANY" : "WOMEN",
					random.nextBoolean(), new String[] { "PHONE" }, Date.valueOf(LocalDate.now()), text });
			areaRows.add(new Object[] { id, areas.get(random.nextInt(areas.size())) });
			times.add(new Object[] { UUID.randomUUID(), id, 1 + random.nextInt(7) });
		}
		jdbc.batchUpdate("""
				insert into service (id, agency_id, name, needs, gender_served, accepts_children, referral_routes,
				  last_verified_on, search_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		jdbc.batchUpdate("insert into service_area (service_id, area_id) values (?, ?)", areaRows);
		jdbc.batchUpdate("insert into service_schedule (id, service_id, day_of_week, opens_at, closes_at) values (?, ?, ?, '09:00', '17:00')", times);
		jdbc.update("insert into service_term (term) select distinct w from service, "
				+ "unnest(regexp_split_to_array(search_text, '[^a-z0-9]+')) as w where length(w) >= 2 and w !~ '^[0-9]+$' on conflict do nothing");
		jdbc.execute("analyze service; analyze service_area; analyze service_schedule; analyze service_term");
		return areas;
	}

	private static NeedCategory pick(Random random) {
		return NeedCategory.values()[random.nextInt(NeedCategory.values().length)];
	}

	/** Drops or swaps a letter in most queries, as people type in a hurry. */
	private static String typo(String text, Random random) {
		if (text.length() < 5 || random.nextInt(4) == 0) {
			return text;
		}
		int i = 1 + random.nextInt(text.length() - 2);
		return random.nextBoolean() ? text.substring(0, i) + text.substring(i + 1)
				: text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
	}

	private static String cap(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

}
