package org.accord.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import org.accord.audit.AuditActions;
import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.people.SubjectAccessRequest.IdentityCheck;
import org.accord.people.SubjectAccessRequest.Status;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.security.Role;
import org.accord.platform.web.BusinessRuleException;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidFieldException;
import org.accord.platform.web.NotFoundException;
import org.accord.sharing.PersonAccess;
import org.accord.sharing.Purpose;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of subject access requests, kept by information governance. A request is opened for a
 * person, is due a calendar month after it was received, may be extended once by two more months with a
 * reason, and is closed as answered, refused or withdrawn. An export of everything held needs one open.
 */
@Service
public class SubjectAccessRequests {

	/** What the register needs to open a request; the people who fill it in are checked before. */
	public record NewRequest(String requesterName, String requesterRelationship, IdentityCheck identityCheck,
			String identityCheckDetail, LocalDate receivedOn) {
	}

	private static final String SELECT = """
			select r.*, p.given_name || ' ' || p.family_name as person_name
			from subject_access_request r join person p on p.id = r.person_id
			""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	SubjectAccessRequests(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public SubjectAccessRequest open(PersonAccess access, NewRequest request) {
		governance(access);
		LocalDate today = LocalDate.now(clock);
		if (request.receivedOn().isAfter(today)) {
			throw new InvalidFieldException("receivedOn", "The date received must be today or in the past");
		}
		if (request.receivedOn().isBefore(today.minusYears(1))) {
			throw new InvalidFieldException("receivedOn", "The date received must be within the last year");
		}
		UUID id = UUID.randomUUID();
		long number = jdbc.sql("select nextval('subject_access_request_number')").query(Long.class).single();
		String reference = "SAR-" + Year.now(clock) + "-" + String.format("%04d", number);
		jdbc.sql("""
				insert into subject_access_request (id, reference, person_id, requester_name, on_behalf, requester_relationship,
				  identity_check, identity_check_detail, received_on, due_on, recorded_by, recorded_by_name, recorded_at)
				values (:id, :reference, :person, :name, :onBehalf, :relationship, :check, :detail, :received, :due, :by, :byName,
				  now())""")
			.param("id", id)
			.param("reference", reference)
			.param("person", access.personId())
			.param("name", request.requesterName())
			.param("onBehalf", request.requesterRelationship() != null)
			.param("relationship", request.requesterRelationship())
			.param("check", request.identityCheck().name())
			.param("detail", request.identityCheckDetail())
			.param("received", request.receivedOn())
			.param("due", SubjectAccessRequest.dueAfter(request.receivedOn(), 1))
			.param("by", access.user().userId())
			.param("byName", access.user().displayName() + ", " + access.user().agencyName())
			.update();
		audit.record(AuditEvent.of("CREATE", "SUBJECT_ACCESS_REQUEST", id).person(access.personId()).detail(reference));
		return find(access, id);
	}

	public List<SubjectAccessRequest> forPerson(PersonAccess access) {
		governance(access);
		return jdbc.sql(SELECT + " where r.person_id = ? order by r.received_on desc, r.reference desc")
			.param(access.personId())
			.query(SubjectAccessRequests::request)
			.list();
	}

	public SubjectAccessRequest find(PersonAccess access, UUID requestId) {
		governance(access);
		return jdbc.sql(SELECT + " where r.id = ? and r.person_id = ?")
			.params(requestId, access.personId())
			.query(SubjectAccessRequests::request)
			.optional()
			.orElseThrow(() -> new NotFoundException("Subject access request"));
	}

	/** The open request an export answers; anything else is refused naming the {@code request} parameter. */
	public SubjectAccessRequest openForExport(PersonAccess access, UUID requestId) {
		governance(access);
		if (requestId == null) {
			throw new InvalidFieldException("request", "Choose the open subject access request this export answers");
		}
		var request = jdbc.sql(SELECT + " where r.id = ? and r.person_id = ?")
			.params(requestId, access.personId())
			.query(SubjectAccessRequests::request)
			.optional()
			.filter(SubjectAccessRequest::isOpen)
			.orElseThrow(() -> new InvalidFieldException("request",
					"There is no open subject access request with that id for this person"));
		return request;
	}

	@Transactional
	public SubjectAccessRequest extend(PersonAccess access, UUID requestId, int version, String reason) {
		var request = find(access, requestId);
		if (!request.mayExtendOn(LocalDate.now(clock))) {
			throw new BusinessRuleException(request.isOpen() && request.extendedTo() == null
					? "The first month has passed: an extension had to be decided, and the person told, within it"
					: "Only an open request not extended before may be extended");
		}
		LocalDate to = SubjectAccessRequest.dueAfter(request.receivedOn(), 3);
		int changed = jdbc.sql("""
				update subject_access_request set extended_to = ?, extension_reason = ?, version = version + 1
				where id = ? and version = ?""")
			.params(to, reason, requestId, version)
			.update();
		if (changed == 0) {
			throw new ConflictException("Someone else changed this request; look at it again");
		}
		audit.record(AuditEvent.of("UPDATE", "SUBJECT_ACCESS_REQUEST", requestId).person(access.personId())
			.reason(reason).detail(request.reference() + " extended to " + to));
		return find(access, requestId);
	}

	@Transactional
	public SubjectAccessRequest close(PersonAccess access, UUID requestId, int version, Status status, LocalDate closedOn,
			String note) {
		var request = find(access, requestId);
		if (status == Status.OPEN) {
			throw new InvalidFieldException("status", "Select how the request ended");
		}
		if (!request.isOpen()) {
			throw new BusinessRuleException("This request is already closed");
		}
		if (closedOn.isAfter(LocalDate.now(clock)) || closedOn.isBefore(request.receivedOn())) {
			throw new InvalidFieldException("closedOn", "The date must be between the date received and today");
		}
		if (status != Status.COMPLETED && note == null) {
			throw new InvalidFieldException("closingNote", "Enter why the request was " + status.label().toLowerCase());
		}
		int changed = jdbc.sql("""
				update subject_access_request set status = ?, closed_on = ?, closing_note = ?, version = version + 1
				where id = ? and version = ?""")
			.params(status.name(), closedOn, note, requestId, version)
			.update();
		if (changed == 0) {
			throw new ConflictException("Someone else changed this request; look at it again");
		}
		audit.record(AuditEvent.of("UPDATE", "SUBJECT_ACCESS_REQUEST", requestId).person(access.personId())
			.detail(request.reference() + " " + status.name().toLowerCase()));
		return find(access, requestId);
	}

	/**
	 * The whole register, open first by due date, for information governance only. It names people, so
	 * each person listed has the listing in their access log, as a search result does.
	 */
	@Transactional
	public List<SubjectAccessRequest> register(AccordPrincipal user, boolean openOnly) {
		if (!user.hasRole(Role.INFORMATION_GOVERNANCE)) {
			throw new AccessDeniedException("Information governance only");
		}
		List<SubjectAccessRequest> requests = jdbc.sql(SELECT + (openOnly ? " where r.status = 'OPEN'" : "")
				+ " order by r.status = 'OPEN' desc, coalesce(r.extended_to, r.due_on), r.reference")
			.query(SubjectAccessRequests::request)
			.list();
		audit.record(AuditEvent.of("LIST", "SUBJECT_ACCESS_REQUEST", null).detail(requests.size() + " requests listed"));
		requests.stream().map(SubjectAccessRequest::personId).distinct()
			.forEach(id -> audit.record(AuditEvent.of(AuditActions.SEARCH_RESULT, AuditActions.PERSON, id).person(id)
				.detail("listed in the subject access register")));
		return requests;
	}

	private static void governance(PersonAccess access) {
		if (access.purpose() != Purpose.GOVERNANCE) {
			throw new AccessDeniedException("Subject access requests are kept by information governance");
		}
	}

	private static SubjectAccessRequest request(ResultSet rs, int row) throws SQLException {
		return new SubjectAccessRequest(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getObject("person_id", UUID.class), rs.getString("person_name"), rs.getString("requester_name"),
				rs.getString("requester_relationship"), IdentityCheck.valueOf(rs.getString("identity_check")),
				rs.getString("identity_check_detail"), rs.getObject("received_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getObject("extended_to", LocalDate.class),
				rs.getString("extension_reason"), Status.valueOf(rs.getString("status")),
				rs.getObject("closed_on", LocalDate.class), rs.getString("closing_note"), rs.getString("recorded_by_name"),
				rs.getInt("version"));
	}

}
