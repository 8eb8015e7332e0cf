package org.accord.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Agencies;
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
import org.springframework.transaction.support.TransactionTemplate;

/** Partnership agreements and SLAs, with their parties and measures. */
@Component
public class Agreements {

	public record Draft(String title, Agreement.Kind kind, Agreement.Status status, String servicesProvided,
			String rolesResponsibilities, String costs, LocalDate startsOn, LocalDate reviewOn, Set<UUID> partyIds,
			List<Agreement.Measure> measures) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Agencies agencies;

	private final AuditLog audit;

	Agreements(JdbcClient jdbc, TransactionTemplate tx, Agencies agencies, AuditLog audit) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.agencies = agencies;
		this.audit = audit;
	}

	public List<Agreement> all() {
		return complete(jdbc.sql("select * from agreement order by status = 'ENDED', review_on, lower(title)")
				.query(Agreements::map).list());
	}

	public List<Agreement> ofAgency(UUID agencyId) {
		return complete(jdbc.sql("""
				select g.* from agreement g where exists (select 1 from agreement_party p where p.agreement_id = g.id
				  and p.agency_id = ?)
				order by g.review_on""").param(agencyId).query(Agreements::map).list());
	}

	/** Agreements not ended whose review date falls on or before {@code date}. */
	public List<Agreement> reviewDueBy(LocalDate date) {
		return complete(jdbc.sql("select * from agreement where status <> 'ENDED' and review_on <= ? order by review_on")
			.param(date).query(Agreements::map).list());
	}

	public Optional<Agreement> find(UUID id) {
		return complete(jdbc.sql("select * from agreement where id = ?").param(id).query(Agreements::map).list()).stream()
			.findFirst();
	}

	/** An administrator or partnership lead records an agreement between agencies of the partnership; they own it. */
	@Transactional
	public UUID record(AccordPrincipal user, Draft d) {
		requireKeeper(user);
		requireKnownParties(d);
		UUID id = create(d, user.userId());
		audit.record(AuditEvent.of("CREATE", "AGREEMENT", id));
		return id;
	}

	/** Changes the agreement for the user, if nobody changed it since {@code version} (null: the form was incomplete). */
	@Transactional
	public void change(AccordPrincipal user, UUID id, Integer version, Draft d) {
		requireKeeper(user);
		find(id).orElseThrow(() -> new NotFoundException("Agreement"));
		if (version == null) {
			throw new InvalidInputException(
					List.of(new Problems.FieldMessage("version", "Reload the page and make your change again")));
		}
		requireKnownParties(d);
		update(id, version, d);
		audit.record(AuditEvent.of("UPDATE", "AGREEMENT", id));
	}

	public static boolean mayKeep(AccordPrincipal user) {
		return user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.PARTNERSHIP_LEAD);
	}

	private static void requireKeeper(AccordPrincipal user) {
		if (!mayKeep(user)) {
			throw new AccessDeniedException("Agreements are kept by administrators and partnership leads");
		}
	}

	private void requireKnownParties(Draft d) {
		if (d.partyIds().stream().anyMatch(id -> agencies.find(id).isEmpty())) {
			throw new InvalidInputException(
					List.of(new Problems.FieldMessage("partyIds", "Select agencies from the list")));
		}
	}

	public UUID create(Draft d, UUID owner) {
		UUID id = UUID.randomUUID();
		tx.executeWithoutResult(s -> {
			jdbc.sql("insert into agreement (id, title, kind, status, review_on, owner_user_id) values (?, ?, ?, ?, ?, ?)")
				.params(id, d.title(), d.kind().name(), d.status().name(), d.reviewOn(), owner).update();
			write(id, d);
		});
		return id;
	}

	private void update(UUID id, int version, Draft d) {
		tx.executeWithoutResult(s -> {
			int rows = jdbc.sql("update agreement set version = version + 1, updated_at = now() where id = ? and version = ?")
				.params(id, version).update();
			if (rows == 0) {
				throw new ConflictException("This agreement was changed by someone else since you opened it; nothing was saved");
			}
			write(id, d);
		});
	}

	private void write(UUID id, Draft d) {
		jdbc.sql("""
				update agreement set title = ?, kind = ?, status = ?, services_provided = ?, roles_responsibilities = ?,
				  costs = ?, starts_on = ?, review_on = ? where id = ?""")
			.params(d.title(), d.kind().name(), d.status().name(), d.servicesProvided(), d.rolesResponsibilities(), d.costs(),
					d.startsOn(), d.reviewOn(), id)
			.update();
		jdbc.sql("delete from agreement_party where agreement_id = ?").param(id).update();
		for (UUID agency : d.partyIds()) {
			jdbc.sql("insert into agreement_party (agreement_id, agency_id) values (?, ?)").params(id, agency).update();
		}
		jdbc.sql("delete from agreement_measure where agreement_id = ?").param(id).update();
		int position = 0;
		for (Agreement.Measure m : d.measures()) {
			jdbc.sql("insert into agreement_measure (id, agreement_id, position, description, target, metric) "
					+ "values (?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), id, position++, m.description(), m.target(),
						m.metric() == null ? null : m.metric().name())
				.update();
		}
	}

	private List<Agreement> complete(List<Agreement> list) {
		if (list.isEmpty()) {
			return list;
		}
		UUID[] ids = list.stream().map(Agreement::id).toArray(UUID[]::new);
		Map<UUID, List<Agreement.Party>> parties = new LinkedHashMap<>();
		jdbc.sql("select p.agreement_id, a.id as agency_id, a.name as agency_name "
				+ "from agreement_party p join agency a on a.id = p.agency_id where p.agreement_id = any(?) order by a.name")
			.param(ids)
			.query((ResultSet rs) -> {
				parties.computeIfAbsent(rs.getObject("agreement_id", UUID.class), k -> new ArrayList<>())
					.add(new Agreement.Party(rs.getObject("agency_id", UUID.class), rs.getString("agency_name")));
			});
		Map<UUID, List<Agreement.Measure>> measures = new LinkedHashMap<>();
		jdbc.sql("select agreement_id, description, target, metric from agreement_measure "
				+ "where agreement_id = any(?) order by position")
			.param(ids)
			.query((ResultSet rs) -> {
				String metric = rs.getString("metric");
				measures.computeIfAbsent(rs.getObject("agreement_id", UUID.class), k -> new ArrayList<>())
					.add(new Agreement.Measure(rs.getString("description"), rs.getString("target"),
							metric == null ? null : Agreement.Metric.valueOf(metric)));
			});
		return list.stream()
			.map(a -> new Agreement(a.id(), a.title(), a.kind(), a.status(), a.servicesProvided(), a.rolesResponsibilities(),
					a.costs(), a.startsOn(), a.reviewOn(), a.ownerUserId(), parties.getOrDefault(a.id(), List.of()),
					measures.getOrDefault(a.id(), List.of()), a.version()))
			.toList();
	}

	static Agreement map(ResultSet rs, int row) throws SQLException {
		return new Agreement(rs.getObject("id", UUID.class), rs.getString("title"),
				Agreement.Kind.valueOf(rs.getString("kind")), Agreement.Status.valueOf(rs.getString("status")),
				rs.getString("services_provided"), rs.getString("roles_responsibilities"), rs.getString("costs"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("review_on", LocalDate.class),
				rs.getObject("owner_user_id", UUID.class), List.of(), List.of(), rs.getInt("version"));
	}

}
