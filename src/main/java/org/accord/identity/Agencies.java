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

	public Optional<Agency> findByName(String name) {
		return jdbc.sql("select " + COLUMNS + " from agency where lower(name) = lower(?)").param(name).query(Agencies::map)
			.optional();
	}

	/** Adds an agency (for directory imports); the caller checks the name is free and audits. */
	public void create(UUID id, String name, AgencyType type) {
		jdbc.sql("insert into agency (id, name, type) values (?, ?, ?)").params(id, name, type.name()).update();
	}

	/** Renames an agency if nobody changed it since {@code version}; returns whether it did. */
	public boolean rename(UUID id, int version, String name) {
		return jdbc.sql("update agency set name = ?, updated_at = now(), version = version + 1 where id = ? and version = ?")
			.params(name, id, version).update() == 1;
	}

	public static Agency map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Agency(rs.getObject("id", UUID.class), rs.getString("name"), AgencyType.valueOf(rs.getString("type")),
				rs.getBoolean("requires_two_factor"), rs.getBoolean("enabled"),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

}
