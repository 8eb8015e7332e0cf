package org.accord.audit;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.CurrentUser;
import org.accord.platform.web.RequestIdFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one call every module makes when it reads or writes a person's data, or changes anything
 * that matters. Rows are only ever inserted; the database refuses updates and deletes.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an event by the signed-in user of this request. */
	public void record(AuditEvent event) {
		AuditActor actor = CurrentUser.get().map(AuditLog::actor).orElse(AuditActor.ANONYMOUS);
		record(actor, event);
	}

	/** Records an event for an actor who is not (yet) signed in. */
	public void record(AuditActor actor, AuditEvent event) {
		HttpServletRequest request = currentRequest();
		jdbc.sql("""
				insert into audit_event (user_id, username, agency_id, agency_name, roles, action, entity_type,
				  entity_id, person_id, reason, outcome, detail, ip_address, user_agent, request_id)
				values (:userId, :username, :agencyId, :agencyName, :roles, :action, :entityType,
				  :entityId, :personId, :reason, :outcome, :detail, :ip, :userAgent, :requestId)""")
			.param("userId", actor.userId())
			.param("username", actor.username())
			.param("agencyId", actor.agencyId())
			.param("agencyName", actor.agencyName())
			.param("roles", actor.roles())
			.param("action", event.action())
			.param("entityType", event.entityType())
			.param("entityId", event.entityId())
			.param("personId", event.personId())
			.param("reason", truncate(event.reason(), 2000))
			.param("outcome", event.outcome())
			.param("detail", truncate(event.detail(), 2000))
			.param("ip", request == null ? null : request.getRemoteAddr())
			.param("userAgent", request == null ? null : truncate(request.getHeader("User-Agent"), 400))
			.param("requestId", RequestIdFilter.current())
			.update();
	}

	public static AuditActor actor(AccordPrincipal p) {
		return new AuditActor(p.userId(), p.username(), p.agencyId(), p.agencyName(),
				p.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
				? attrs.getRequest() : null;
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
