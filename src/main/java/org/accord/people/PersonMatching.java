package org.accord.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finding likely matches for a person across the whole index, fast over a million people. */
@Component
public class PersonMatching {

	private final JdbcClient jdbc;

	PersonMatching(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Likely matches across all agencies: misspellings and sound-alikes (trigrams and double metaphone),
	 * short forms of given names (Bill for William), hyphenated or changed surnames, and a date of birth
	 * with day and month swapped.
	 * <p>
	 * No name is compared with every person, so this stays fast over a million people: the names like
	 * those asked for are found in the dictionaries of distinct names ({@code person_family_name},
	 * {@code person_given_name}), and the only people read are those with the date of birth (or its swapped
	 * form), or with a like family name and either a like given name or a birth in the same year. Anyone
	 * else would score under the 0.5 cut-off, so the answer is the same as scoring everybody. Each distinct
	 * name among them is scored once.
	 */
	public List<PersonMatch> matches(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {
		return jdbc.sql("""
				with family_names as (
				  select name from person_family_name where name % lower(:family)
				  union select name from person_family_name where lower(:family) <% name
				  union select name from person_family_name where dmetaphone(name) = dmetaphone(:family)
				),
				short_forms as (
				  select canonical as name from given_name_variant where variant = lower(:given)
				  union select variant from given_name_variant where canonical = lower(:given)
				  union select w.variant from given_name_variant v join given_name_variant w on w.canonical = v.canonical
				        where v.variant = lower(:given)
				),
				given_names as (
				  select name from person_given_name where name % lower(:given)
				  union select name from person_given_name where dmetaphone(name) = dmetaphone(:given)
				  union select name from short_forms
				),
				candidates as materialized (
				  select p.id, p.given_name, p.family_name, p.date_of_birth, p.postcode
				  from person p
				  where p.merged_into is null
				    and (p.date_of_birth in (cast(:dob as date), cast(:swapped as date))
				     or (lower(p.family_name) = any (array(select name from family_names))
				         and lower(p.given_name) = any (array(select name from given_names)))
				     or (lower(p.family_name) = any (array(select name from family_names))
				         and p.date_of_birth between make_date(cast(:year as int), 1, 1) and make_date(cast(:year as int), 12, 31)))
				  union
				  -- Former names and aliases, each scored as if it were the name on the record.
				  select p.id, coalesce(a.given_name, p.given_name), coalesce(a.family_name, p.family_name), p.date_of_birth,
				  p.postcode
				  from person_alias a join person p on p.id = a.person_id
				  where p.merged_into is null
				    and (lower(a.family_name) = any (array(select name from family_names))
				     or lower(a.given_name) = any (array(select name from given_names)))
				),
				family_scores as materialized (
				  select name, greatest(similarity(name, lower(:family)), word_similarity(lower(:family), name),
				                        case when dmetaphone(name) = dmetaphone(:family) then 0.85 else 0 end) as score
				  from (select distinct lower(family_name) as name from candidates) n
				),
				given_scores as materialized (
				  select name, greatest(similarity(name, lower(:given)),
				                        case when dmetaphone(name) = dmetaphone(:given) then 0.85 else 0 end,
				                        case when name in (select name from short_forms) then 0.9 else 0 end) as score
				  from (select distinct lower(given_name) as name from candidates) n
				),
				scored as (
				  select c.*,
				    0.35 * f.score + 0.3 * g.score
				    + 0.3 * case when c.date_of_birth = cast(:dob as date) then 1
				                 when c.date_of_birth = cast(:swapped as date) then 0.85
				                 when extract(year from c.date_of_birth) = cast(:year as int) then 0.4
				                 else 0 end
				    + 0.05 * case when c.postcode = cast(:postcode as text) then 1
				                  when split_part(c.postcode, ' ', 1) = split_part(cast(:postcode as text), ' ', 1) then 0.5
				                  else 0 end as score
				  from candidates c
				  join family_scores f on f.name = lower(c.family_name)
				  join given_scores g on g.name = lower(c.given_name)
				),
				best as (
				  select distinct on (id) id, score from scored order by id, score desc
				)
				select p.id, p.given_name, p.family_name, p.date_of_birth, p.postcode, round(cast(b.score as numeric), 2) as score
				from best b join person p on p.id = b.id
				where b.score >= 0.5
				order by b.score desc, p.family_name, p.given_name
				limit 10""")
			.param("given", givenName == null ? "" : givenName.trim())
			.param("family", familyName == null ? "" : familyName.trim())
			.param("dob", dateOfBirth)
			.param("swapped", swapDayAndMonth(dateOfBirth))
			.param("year", dateOfBirth == null ? null : dateOfBirth.getYear())
			.param("postcode", People.normalisePostcode(postcode))
			.query(PersonMatching::match)
			.list();
	}

	/**
	 * An exact identifier first (the record it now belongs to, when merged), then the likely matches by
	 * name and date of birth, when a name is given too.
	 */
	public List<PersonMatch> matches(PersonIdentifier.Type type, String value, String givenName, String familyName,
			LocalDate dateOfBirth, String postcode) {
		List<PersonMatch> found = new ArrayList<>();
		if (type != null) {
			found.addAll(jdbc.sql("""
					select distinct p.id, p.given_name, p.family_name, p.date_of_birth, p.postcode, 1.0 as score
					from person_identifier i join person m on m.id = i.person_id join person p on p.id = coalesce(m.merged_into, m.id)
					where i.type = ? and i.value = ? limit 10""")
				.params(type.name(), type.normalise(value, "identifier"))
				.query(PersonMatching::match)
				.list());
		}
		if (givenName != null && !givenName.isBlank() && familyName != null && !familyName.isBlank()) {
			Set<UUID> already = found.stream().map(PersonMatch::id).collect(Collectors.toSet());
			matches(givenName, familyName, dateOfBirth, postcode).stream().filter(m -> !already.contains(m.id()))
				.forEach(found::add);
		}
		return found.size() > 10 ? List.copyOf(found.subList(0, 10)) : found;
	}

	private static PersonMatch match(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		LocalDate dob = rs.getObject("date_of_birth", LocalDate.class);
		String pc = rs.getString("postcode");
		return new PersonMatch(rs.getObject("id", UUID.class), rs.getString("given_name") + " " + rs.getString("family_name"),
				dob == null ? null : dob.getYear(), pc == null ? null : pc.split(" ")[0], rs.getDouble("score"));
	}

	/** 1987-04-12 for 1987-12-04: the same date written the American way round; none if the day cannot be a month. */
	static LocalDate swapDayAndMonth(LocalDate date) {
		return date == null || date.getDayOfMonth() > 12 ? null
				: LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
	}

}
