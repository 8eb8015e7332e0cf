package org.accord.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The partnership's shared language: one definition per term, kept by administrators. */
@Component
public class Glossary {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Glossary(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<GlossaryTerm> all() {
		return jdbc.sql("select id, term, expansion, definition, version from glossary_term order by lower(term)")
			.query((rs, n) -> new GlossaryTerm(rs.getObject("id", UUID.class), rs.getString("term"),
					rs.getString("expansion"), rs.getString("definition"), rs.getInt("version")))
			.list();
	}

	public Optional<GlossaryTerm> find(UUID id) {
		return all().stream().filter(t -> t.id().equals(id)).findFirst();
	}

	private boolean termTaken(String term, UUID except) {
		return jdbc.sql("select count(*) from glossary_term where lower(term) = lower(?) "
				+ "and id <> coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid)")
			.params(term, except).query(Integer.class).single() > 0;
	}

	/** An administrator adds a term nobody has defined yet. */
	@Transactional
	public UUID add(AccordPrincipal user, String term, String expansion, String definition) {
		requireKeeper(user);
		requireFree(term, null);
		UUID id = create(term, expansion, definition);
		audit.record(AuditEvent.of("CREATE", "GLOSSARY_TERM", id));
		return id;
	}

	/** An administrator changes a term, if nobody changed it since {@code version} (null: the form was incomplete). */
	@Transactional
	public void change(AccordPrincipal user, UUID id, Integer version, String term, String expansion,
			String definition) {
		requireKeeper(user);
		find(id).orElseThrow(() -> new NotFoundException("Term"));
		if (version == null) {
			throw new InvalidInputException(
					List.of(new Problems.FieldMessage("version", "Reload the page and make your change again")));
		}
		requireFree(term, id);
		update(id, version, term, expansion, definition);
		audit.record(AuditEvent.of("UPDATE", "GLOSSARY_TERM", id));
	}

	/** An administrator removes a term; the term as it was, for saying what went. */
	@Transactional
	public GlossaryTerm remove(AccordPrincipal user, UUID id) {
		requireKeeper(user);
		GlossaryTerm term = find(id).orElseThrow(() -> new NotFoundException("Term"));
		delete(id);
		audit.record(AuditEvent.of("DELETE", "GLOSSARY_TERM", id));
		return term;
	}

	public static boolean mayKeep(AccordPrincipal user) {
		return user.hasRole(Role.ADMINISTRATOR);
	}

	private static void requireKeeper(AccordPrincipal user) {
		if (!mayKeep(user)) {
			throw new AccessDeniedException("The glossary is kept by administrators");
		}
	}

	private void requireFree(String term, UUID except) {
		if (termTaken(term, except)) {
			throw new InvalidInputException(
					List.of(new Problems.FieldMessage("term", "This term is already in the glossary")));
		}
	}

	private UUID create(String term, String expansion, String definition) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into glossary_term (id, term, expansion, definition) values (?, ?, ?, ?)")
			.params(id, term, expansion, definition).update();
		return id;
	}

	private void update(UUID id, int version, String term, String expansion, String definition) {
		int rows = jdbc.sql("""
				update glossary_term set term = ?, expansion = ?, definition = ?, updated_at = now(), version = version + 1
				where id = ? and version = ?""")
			.params(term, expansion, definition, id, version).update();
		if (rows == 0) {
			throw new ConflictException("This term was changed by someone else since you opened it; nothing was saved");
		}
	}

	private void delete(UUID id) {
		jdbc.sql("delete from glossary_term where id = ?").param(id).update();
	}

}
