package org.accord.directory;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding services by what a practitioner types and ticks. Free text is matched by spelling against the words of
 * the directory, which every write adds to ({@link #dictionaryTerms}), and ranked; the filters narrow it.
 */
@Component
class ServiceSearch {

	/** Opening times are local: "open now" is asked in UK time, whatever zone the server runs in. */
	static final ZoneId LOCAL = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	ServiceSearch(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
	}

	/** Ranked, typo-tolerant search over active services. */
	Services.Page search(ServiceQuery query) {
		ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(LOCAL);
		String tsquery = query.text() == null ? null : tsquery(query.text());
		if (query.text() != null && tsquery == null) {
			return new Services.Page(List.of(), 0);
		}
		List<long[]> total = new ArrayList<>();
		List<Service> found = jdbc.sql("select " + ServiceRows.COLUMNS + """
				, count(*) over () as total
				from service s join agency a on a.id = s.agency_id
				where s.status = 'ACTIVE'
				  and (cast(:tsquery as text) is null or s.search_vector @@ to_tsquery('simple', :tsquery))
				  and (cardinality(cast(:needs as varchar[])) = 0 or s.needs && cast(:needs as varchar[]))
				  and (cast(:area as uuid) is null or exists (select 1 from service_area sa where sa.service_id = s.id
				  and sa.area_id = :area))
				  and (cast(:age as integer) is null or ((s.min_age is null or s.min_age <= :age) and (s.max_age is null
				  or s.max_age >= :age)))
				  and (cast(:gender as text) is null or s.gender_served = 'ANY' or s.gender_served = :gender)
				  and (not :children or s.accepts_children)
				  and (not :openNow or exists (select 1 from service_schedule ss where ss.service_id = s.id
				        and ss.day_of_week = :dow and ss.opens_at <= cast(:time as time) and ss.closes_at > cast(:time as time)))
				order by case when cast(:tsquery as text) is null then 0
				              else ts_rank(s.search_vector, to_tsquery('simple', :tsquery)) + similarity(lower(s.name), :text) end
				              desc,
				         lower(s.name), s.id
				limit :size offset :offset""")
			.param("tsquery", tsquery)
			.param("text", query.text() == null ? "" : query.text().toLowerCase(Locale.ROOT))
			.param("needs", query.needs().stream().map(Enum::name).toArray(String[]::new))
			.param("area", query.areaId())
			.param("age", query.age())
			.param("gender", query.gender() == null || query.gender() == GenderServed.ANY ? null : query.gender().name())
			.param("children", query.withChildren())
			.param("openNow", query.openNow())
			.param("dow", now.getDayOfWeek().getValue())
			.param("time", now.toLocalTime().toString())
			.param("size", query.size())
			.param("offset", (long) query.page() * query.size())
			.query((rs, n) -> {
				total.add(new long[] { rs.getLong("total") });
				return ServiceRows.map(rs, n);
			})
			.list();
		return new Services.Page(ServiceRows.complete(jdbc, found), total.isEmpty() ? 0 : total.get(0)[0]);
	}

	/**
	 * Turns free text into a full-text query: each word becomes the words of the directory nearest to
	 * it in spelling (so "refuje" searches "refuge"), and every word must match. Words with no near
	 * match at all are dropped as noise; if none is left, nothing matches.
	 */
	String tsquery(String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			return null;
		}
		Map<String, List<String>> near = new LinkedHashMap<>();
		// Numbers (a phone number, a postcode part) are matched exactly; only words are spelling-corrected.
		words.forEach(w -> near.put(w,
				w.chars().allMatch(Character::isDigit) ? new ArrayList<>(List.of(w)) : new ArrayList<>()));
		String[] fuzzy = words.stream().filter(w -> !w.chars().allMatch(Character::isDigit)).toArray(String[]::new);
		tx.executeWithoutResult(status -> {
			jdbc.sql("set local pg_trgm.similarity_threshold = 0.3").update();
			jdbc.sql("""
					select w.word, t.term from unnest(cast(:words as text[])) as w(word)
					cross join lateral (select term from service_term
					                    where term % w.word or (length(w.word) >= 3 and term like w.word || '%')
					                    order by similarity(term, w.word) desc, term limit 8) t""")
				.param("words", fuzzy)
				.query((ResultSet rs) -> {
					near.get(rs.getString("word")).add(rs.getString("term"));
				});
		});
		String query = near.values()
			.stream()
			.filter(terms -> !terms.isEmpty())
			.map(terms -> "(" + String.join(" | ", terms) + ")")
			.collect(Collectors.joining(" & "));
		return query.isEmpty() ? null : query;
	}

	/** The words of a query; the first ten count. */
	static List<String> words(String text) {
		return terms(text).stream().limit(10).toList();
	}

	static List<String> terms(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> w.length() >= 2 && w.length() <= 100)
			.distinct()
			.toList();
	}

	/** The words worth spelling-correcting against: numbers are left out of the dictionary. */
	static List<String> dictionaryTerms(String text) {
		return terms(text).stream().filter(w -> !w.chars().allMatch(Character::isDigit)).toList();
	}

	/** What free-text search looks through; a confidential address is left out so search cannot reveal it. */
	static String searchText(ServiceDraft d, String agencyName) {
		List<String> parts = new ArrayList<>(List.of(d.name(), agencyName));
		d.needs().forEach(n -> parts.add(n.label()));
		parts.add(d.description());
		parts.add(d.referralCriteria());
		if (d.languages() != null) {
			parts.addAll(d.languages());
		}
		if (!d.addressConfidential() && d.address() != null) {
			parts.add(d.address().town());
		}
		return parts.stream().filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "))
			.toLowerCase(Locale.ROOT);
	}

}
