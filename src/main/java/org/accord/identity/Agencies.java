package org.accord.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to the partnership's agencies for other modules. */
@Service
public class Agencies {

	static final String COLUMNS = "id, name, type, requires_two_factor, enabled, updated_at, version";

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Agency> findAll() {
		return jdbc.sql("select " + COLUMNS + " from agency order by lower(name)").query(Agencies::map).list();
	}

	public Optional<Agency> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from agency where id = ?").param(id).query(Agencies::map).optional();
	}

	public static Agency map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Agency(rs.getObject("id", UUID.class), rs.getString("name"), AgencyType.valueOf(rs.getString("type")),
				rs.getBoolean("requires_two_factor"), rs.getBoolean("enabled"),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

}
