package org.accord.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.platform.web.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partnership's shared language: one definition per term, kept by administrators. */
@Component
public class Glossary {

	private final JdbcClient jdbc;

	Glossary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<GlossaryTerm> all() {
		return jdbc.sql("select id, term, expansion, definition, version from glossary_term order by lower(term)")
			.query((rs, n) -> new GlossaryTerm(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5)))
			.list();
	}

	public Optional<GlossaryTerm> find(UUID id) {
		return all().stream().filter(t -> t.id().equals(id)).findFirst();
	}

	public boolean termTaken(String term, UUID except) {
		return jdbc.sql("select count(*) from glossary_term where lower(term) = lower(?) "
				+ "and id <> coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid)")
			.params(term, except).query(Integer.class).single() > 0;
	}

	public UUID create(String term, String expansion, String definition) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into glossary_term (id, term, expansion, definition) values (?, ?, ?, ?)")
			.params(id, term, expansion, definition).update();
		return id;
	}

	public void update(UUID id, int version, String term, String expansion, String definition) {
		int rows = jdbc.sql("""
				update glossary_term set term = ?, expansion = ?, definition = ?, updated_at = now(), version = version + 1
				where id = ? and version = ?""")
			.params(term, expansion, definition, id, version).update();
		if (rows == 0) {
			throw new ConflictException("This term was changed by someone else since you opened it; nothing was saved");
		}
	}

	public void delete(UUID id) {
		jdbc.sql("delete from glossary_term where id = ?").param(id).update();
	}

}
