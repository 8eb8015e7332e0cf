package org.accord.platform.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every application table holds, as one digest per table, so that a refused request can be shown to
 * have changed no row. Left out are the tables a refused request writes by design.
 */
final class Fingerprint {

	/**
	 * audit_event: every request that opens a person's record, refused or not, is audited (the access policy's
	 * rule). SPRING_SESSION tables: the session is touched by every page request. sign_in_bucket and sign_in_lockout: a refused
	 * sign-in is counted against its client address and name, and may start a slowing.
	 */
	static final Set<String> WRITTEN_BY_REFUSALS = Set.of("audit_event", "spring_session", "spring_session_attributes", "sign_in_bucket",
			"sign_in_lockout");

	private final JdbcClient jdbc;

	private final String query;

	Fingerprint(JdbcClient jdbc) {
		this.jdbc = jdbc;
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'flyway%'
				order by table_name""").query(String.class).list().stream()
			.filter(t -> !WRITTEN_BY_REFUSALS.contains(t.toLowerCase()))
			.toList();
		this.query = tables.stream()
			.map(t -> "select '" + t + "' as t, (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from \"" + t + "\" x) as d")
			.collect(Collectors.joining(" union all "));
	}

	/** The digest of each table. */
	Map<String, String> take() {
		Map<String, String> digests = new LinkedHashMap<>();
		jdbc.sql(query).query((rs, n) -> digests.put(rs.getString("t"), rs.getString("d"))).list();
		return digests;
	}

	/** The tables whose digest differs. */
	static List<String> changed(Map<String, String> before, Map<String, String> after) {
		return after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList();
	}

}
