package org.accord.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Agencies;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's services: lookup, search and the changes people make. Adding, changing and confirming a service
 * check who may, and are audited; {@link #create} and {@link #update} are for imports and the demo data, which
 * decide that themselves. The rows stay whole either way (areas, opening times and the search text change with the
 * service).
 */
@Component
public class Services {

	public record Page(List<Service> items, long total) {
	}

	private final JdbcClient jdbc;

	private final ServiceSearch search;

	private final ServiceWriter writer;

	private final Agencies agencies;

	private final AuditLog audit;

	Services(JdbcClient jdbc, ServiceSearch search, ServiceWriter writer, Agencies agencies, AuditLog audit) {
		this.jdbc = jdbc;
		this.search = search;
		this.writer = writer;
		this.agencies = agencies;
		this.audit = audit;
	}

	public List<Area> areas() {
		return jdbc.sql("select id, code, name from area order by name")
			.query((rs, n) -> new Area(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
			.list();
	}

	public Optional<Service> find(UUID id) {
		return list(jdbc.sql(ServiceRows.SELECT + " where s.id = ?").param(id)).stream().findFirst();
	}

	public List<Service> findByAgency(UUID agencyId) {
		return list(jdbc.sql(ServiceRows.SELECT + " where s.agency_id = ? order by lower(s.name)").param(agencyId));
	}

	/** Services an owner (or, for a manager, their agency) has not confirmed since {@code staleBefore}. */
	public List<Service> notVerifiedSince(UUID ownerUserId, UUID agencyId, LocalDate staleBefore) {
		return list(jdbc.sql(ServiceRows.SELECT + """
				 where (s.owner_user_id = :owner or (cast(:agency as uuid) is not null and s.agency_id = :agency))
				  and s.last_verified_on < :before
				order by s.last_verified_on""")
			.param("owner", ownerUserId)
			.param("agency", agencyId)
			.param("before", staleBefore));
	}

	/** Every service, active or not, in a stable order, a page at a time (for exports). */
	public Page all(int page, int size) {
		List<Service> items = list(jdbc.sql(ServiceRows.SELECT + " order by s.id limit ? offset ?")
			.params(size, (long) page * size));
		long total = jdbc.sql("select count(*) from service").query(Long.class).single();
		return new Page(items, total);
	}

	private List<Service> list(JdbcClient.StatementSpec statement) {
		return ServiceRows.complete(jdbc, statement.query(ServiceRows::map).list());
	}

	/** Ranked, typo-tolerant search over active services. */
	public Page search(ServiceQuery query) {
		return search.search(query);
	}

	/**
	 * A manager of the agency, or an administrator, adds a service, and owns it. The page and the API both come
	 * here, so they refuse the same drafts for the same reasons.
	 */
	@Transactional
	public UUID add(AccordPrincipal user, ServiceDraft draft) {
		refuse(problems(draft));
		if (!mayAddFor(user, draft.agencyId())) {
			throw new AccessDeniedException("Only administrators and the agency's managers add its services");
		}
		UUID id = create(draft.ownedBy(user.userId()));
		audit.record(AuditEvent.of("CREATE", "SERVICE", id));
		return id;
	}

	/**
	 * An editor of the service changes it, if nobody changed it since {@code version} (null: the caller did not
	 * say). It keeps its owner, or becomes the user's if it had none.
	 */
	@Transactional
	public void change(AccordPrincipal user, UUID id, Integer version, ServiceDraft draft) {
		Service current = find(id).orElseThrow(() -> new NotFoundException("Service"));
		List<Problems.FieldMessage> problems = new ArrayList<>();
		if (version == null) {
			problems.add(new Problems.FieldMessage("version", "must be the version you read"));
		}
		problems.addAll(problems(draft));
		refuse(problems);
		if (!mayChange(user, current, draft.agencyId())) {
			throw new AccessDeniedException("Only administrators, the agency's managers and the entry's owner change it");
		}
		if (version != current.version()) {
			throw new ConflictException("This service was changed by someone else since you read it; nothing was saved");
		}
		update(id, version, draft.ownedBy(current.ownerUserId() != null ? current.ownerUserId() : user.userId()));
		audit.record(AuditEvent.of("UPDATE", "SERVICE", id));
	}

	/** An editor of the service confirms its details are right today. */
	@Transactional
	public void verify(AccordPrincipal user, UUID id) {
		Service service = find(id).orElseThrow(() -> new NotFoundException("Service"));
		if (!mayChange(user, service)) {
			throw new AccessDeniedException("Not an editor of this entry");
		}
		writer.markVerified(id);
		audit.record(AuditEvent.of("VERIFY", "SERVICE", id));
	}

	/** An editor of the service says what room it has now; referrers see it when they choose a service. */
	@Transactional
	public void stateCapacity(AccordPrincipal user, UUID id, Capacity capacity) {
		Service service = find(id).orElseThrow(() -> new NotFoundException("Service"));
		if (!mayStateCapacity(user, service)) {
			throw new AccessDeniedException("Only the service's own agency says what room it has");
		}
		if (capacity == null) {
			throw new org.accord.platform.web.InvalidFieldException("capacity", "Choose what room the service has now");
		}
		writer.stateCapacity(id, capacity);
		audit.record(AuditEvent.of("CAPACITY", "SERVICE", id).detail(capacity.name()));
	}

	/** The rules a draft breaks, each naming its field; what the agency and areas are is the partnership's. */
	private List<Problems.FieldMessage> problems(ServiceDraft d) {
		List<Problems.FieldMessage> errors = new ArrayList<>();
		if (d.minAge() != null && d.maxAge() != null && d.minAge() > d.maxAge()) {
			errors.add(new Problems.FieldMessage("maxAge", "must not be less than minAge"));
		}
		List<OpeningTime> times = d.openingTimes() == null ? List.of() : d.openingTimes();
		for (int i = 0; i < times.size(); i++) {
			if (!times.get(i).closes().isAfter(times.get(i).opens())) {
				errors.add(new Problems.FieldMessage("openingTimes[" + i + "].closes", "must be after opens"));
			}
		}
		if (d.agencyId() == null || agencies.find(d.agencyId()).isEmpty()) {
			errors.add(new Problems.FieldMessage("agencyId", "is not an agency of the partnership"));
		}
		List<UUID> known = areas().stream().map(Area::id).toList();
		if (d.areaIds().stream().anyMatch(a -> a == null || !known.contains(a))) {
			errors.add(new Problems.FieldMessage("areaIds", "contains an unknown area"));
		}
		return errors;
	}

	private static void refuse(List<Problems.FieldMessage> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	@Transactional
	public UUID create(ServiceDraft draft) {
		UUID id = UUID.randomUUID();
		create(id, draft);
		return id;
	}

	/** Creates a service with a given id (imports keep the source's id so re-imports find it again). */
	@Transactional
	public void create(UUID id, ServiceDraft draft) {
		writer.insert(id, draft);
	}

	/** Changes a service if nobody else has since {@code version}; otherwise changes nothing. */
	@Transactional
	public void update(UUID id, int version, ServiceDraft draft) {
		writer.update(id, version, draft);
	}

	/** Whether the user may add services for the agency: its managers and administrators. */
	public static boolean mayAddFor(AccordPrincipal user, UUID agencyId) {
		return DirectoryPermissions.canCreateFor(user, agencyId);
	}

	/** The room a service has changes by the week: its own practitioners say it, as well as its editors. */
	public static boolean mayStateCapacity(AccordPrincipal user, Service service) {
		return mayChange(user, service) || user.caseworker() && user.agencyId().equals(service.agencyId());
	}

	public static boolean mayChange(AccordPrincipal user, Service service) {
		return DirectoryPermissions.canEdit(user, service.agencyId(), service.ownerUserId());
	}

	/** Whether the user may change the service and have it run by {@code agencyId}, its own or another. */
	public static boolean mayChange(AccordPrincipal user, Service service, UUID agencyId) {
		return mayChange(user, service) && DirectoryPermissions.canEdit(user, agencyId, service.ownerUserId());
	}

}
