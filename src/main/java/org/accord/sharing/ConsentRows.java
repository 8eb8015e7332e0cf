package org.accord.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A consent as stored, with its recipients and the holders asked to share; and the conversions sharing's rows need. */
@Component
class ConsentRows {

	private final JdbcClient jdbc;

	ConsentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Consent> find(UUID id) {
		List<Consent.Recipient> recipients = jdbc.sql("""
				select r.agency_id, a.name as agency_name, u.display_name, r.acknowledged_at
				from consent_recipient r join agency a on a.id = r.agency_id left join app_user u on u.id = r.acknowledged_by
				where r.consent_id = ? order by a.name""")
			.param(id)
			.query((rs, n) -> new Consent.Recipient(rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
					rs.getString("display_name"), instant(rs.getTimestamp("acknowledged_at"))))
			.list();
		List<Consent.Holder> holders = jdbc.sql("""
				select h.agency_id, a.name as agency_name, h.status, u.display_name, h.decided_at, h.reason
				from consent_holder h join agency a on a.id = h.agency_id left join app_user u on u.id = h.decided_by
				where h.consent_id = ? order by a.name""")
			.param(id)
			.query((rs, n) -> new Consent.Holder(rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
					Consent.HolderStatus.valueOf(rs.getString("status")), rs.getString("display_name"),
					instant(rs.getTimestamp("decided_at")), rs.getString("reason")))
			.list();
		return jdbc.sql("""
				select c.id, c.person_id, c.categories, c.purpose, c.how_given, c.capacity_note, c.given_on, c.expires_on,
				  ru.display_name as recorded_by_name, c.recorded_by_agency_id, a.name as agency_name, c.withdrawn_at,
				  wu.display_name as withdrawn_by_name, c.withdrawal_reason
				from consent c join agency a on a.id = c.recorded_by_agency_id
				left join app_user ru on ru.id = c.recorded_by left join app_user wu on wu.id = c.withdrawn_by
				where c.id = ?""")
			.param(id)
			.query((rs, n) -> new Consent(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					categories((String[]) rs.getArray("categories").getArray()), rs.getString("purpose"),
					Consent.HowGiven.valueOf(rs.getString("how_given")), rs.getString("capacity_note"),
					rs.getObject("given_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
					rs.getString("recorded_by_name"), rs.getObject("recorded_by_agency_id", UUID.class), rs.getString("agency_name"),
					recipients, instant(rs.getTimestamp("withdrawn_at")), rs.getString("withdrawn_by_name"),
					rs.getString("withdrawal_reason"), holders))
			.optional();
	}

	static Instant instant(java.sql.Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	static EnumSet<InformationCategory> categories(String[] names) {
		return Arrays.stream(names).map(InformationCategory::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(InformationCategory.class)));
	}

	static String labels(Collection<InformationCategory> categories) {
		return categories.stream().map(c -> c.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", "));
	}

}
