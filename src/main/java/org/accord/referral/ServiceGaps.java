package org.accord.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.directory.Area;
import org.accord.directory.NeedCategory;
import org.accord.directory.Services;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.InvalidFieldException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's gap register: when no service in the area can meet a person's needs and criteria, the
 * referrer records the gap, so commissioners see where people fall through rather than a referral that went nowhere.
 */
@Component
public class ServiceGaps {

	private final JdbcClient jdbc;

	private final Services services;

	private final AuditLog audit;

	ServiceGaps(JdbcClient jdbc, Services services, AuditLog audit) {
		this.jdbc = jdbc;
		this.services = services;
		this.audit = audit;
	}

	/** A practitioner or agency manager records a gap on behalf of their agency. */
	@Transactional
	public UUID record(AccordPrincipal user, ServiceGap.Draft d) {
		if (!user.caseworker()) {
			throw new AccessDeniedException("Practitioners and agency managers record gaps in service");
		}
		if (d.need() == null) {
			throw new InvalidFieldException("need", "Choose the need that no service could meet");
		}
		if (d.areaId() != null && services.areas().stream().noneMatch(a -> a.id().equals(d.areaId()))) {
			throw new InvalidFieldException("areaId", "Choose the area from the list");
		}
		if (d.why() == null || d.why().isBlank()) {
			throw new InvalidFieldException("why", "Say why no service could take the person, without naming them");
		}
		if (d.why().strip().length() > 2000) {
			throw new InvalidFieldException("why", "Say why in 2000 characters or fewer");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into service_gap (id, need, area_id, why, recorded_by, recorded_by_agency_id)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, d.need().name(), d.areaId(), d.why().strip(), user.userId(), user.agencyId())
			.update();
		audit.record(AuditEvent.of("RECORD_GAP", "SERVICE_GAP", id).detail(d.need().name()));
		return id;
	}

	/** The gaps recorded since {@code since}, newest first. */
	public List<ServiceGap> since(Instant since, int limit) {
		List<Area> areas = services.areas();
		return jdbc.sql("""
				select g.id, g.need, g.area_id, g.why, u.display_name, a.name as agency_name, g.recorded_at
				from service_gap g join app_user u on u.id = g.recorded_by join agency a on a.id = g.recorded_by_agency_id
				where g.recorded_at >= ? order by g.recorded_at desc limit ?""")
			.params(Timestamp.from(since), limit)
			.query((rs, n) -> {
				UUID area = rs.getObject("area_id", UUID.class);
				return new ServiceGap(rs.getObject("id", UUID.class), NeedCategory.valueOf(rs.getString("need")), area,
						areaName(areas, area), rs.getString("why"), rs.getString("display_name"),
						rs.getString("agency_name"), rs.getTimestamp("recorded_at").toInstant());
			})
			.list();
	}

	/** How many gaps each need has in each area since {@code since}, the most first. */
	public List<ServiceGap.Count> counts(Instant since) {
		List<Area> areas = services.areas();
		return jdbc.sql("""
				select need, area_id, count(*) as gaps from service_gap where recorded_at >= ?
				group by need, area_id order by count(*) desc, need""")
			.param(Timestamp.from(since))
			.query((rs, n) -> new ServiceGap.Count(NeedCategory.valueOf(rs.getString("need")),
					areaName(areas, rs.getObject("area_id", UUID.class)), rs.getLong("gaps")))
			.list();
	}

	private static String areaName(List<Area> areas, UUID id) {
		return id == null ? "Every area"
				: areas.stream().filter(a -> a.id().equals(id)).map(Area::name).findFirst().orElse("An area no longer listed");
	}

}
