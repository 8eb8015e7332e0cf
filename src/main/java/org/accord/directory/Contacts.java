package org.accord.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.audit.AuditEvent;
import org.accord.audit.AuditLog;
import org.accord.identity.Agencies;
import org.accord.identity.Agency;
import org.accord.identity.Colleagues;
import org.accord.identity.Colleagues.Colleague;
import org.accord.identity.UserDisabled;
import org.accord.platform.security.AccordPrincipal;
import org.accord.platform.web.ConflictException;
import org.accord.platform.web.InvalidInputException;
import org.accord.platform.web.NotFoundException;
import org.accord.platform.web.Problems;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Named contacts and champions of agencies and services. */
@Component
public class Contacts {

	private static final String SELECT = """
			select c.id, c.agency_id, a.name as agency_name, c.service_id, s.name as service_name, c.role, c.topic,
			       c.user_id, c.name, coalesce(u.enabled, true) as person_active, c.deputy_user_id, c.deputy_name,
			       coalesce(d.enabled, true) as deputy_active, c.phone, c.secure_email, c.owner_user_id,
			       c.last_verified_on, c.handover_needed, c.handover_note, c.version
			from directory_contact c
			join agency a on a.id = c.agency_id
			left join service s on s.id = c.service_id
			left join app_user u on u.id = c.user_id
			left join app_user d on d.id = c.deputy_user_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Agencies agencies;

	private final Colleagues colleagues;

	private final Services services;

	private final AuditLog audit;

	Contacts(JdbcClient jdbc, Clock clock, Agencies agencies, Colleagues colleagues, Services services,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.agencies = agencies;
		this.colleagues = colleagues;
		this.services = services;
		this.audit = audit;
	}

	public Optional<DirectoryContact> find(UUID id) {
		return jdbc.sql(SELECT + " where c.id = ?").param(id).query(Contacts::map).optional();
	}

	public List<DirectoryContact> ofAgency(UUID agencyId) {
		return jdbc.sql(SELECT + " where c.agency_id = ? order by c.service_id nulls first, c.role, c.name")
			.param(agencyId).query(Contacts::map).list();
	}

	public List<DirectoryContact> ofService(UUID serviceId) {
		return jdbc.sql(SELECT + " where c.service_id = ? order by c.role, c.name").param(serviceId).query(Contacts::map)
			.list();
	}

	/** The champions register: every champion, by topic. */
	public List<DirectoryContact> champions(NeedCategory topic) {
		return jdbc.sql(SELECT + " where c.role = 'CHAMPION' and (cast(:topic as text) is null or c.topic = :topic) "
				+ "order by c.topic, a.name, c.name")
			.param("topic", topic == null ? null : topic.name())
			.query(Contacts::map)
			.list();
	}

	/** Contacts an owner (or, for a manager, their agency) should look at: stale or needing handover. */
	public List<DirectoryContact> needingAttention(UUID ownerUserId, UUID agencyId, LocalDate staleBefore) {
		return jdbc.sql(SELECT + """
				 where (c.owner_user_id = :owner or (cast(:agency as uuid) is not null and c.agency_id = :agency))
				   and (c.last_verified_on < :staleBefore or c.handover_needed or u.enabled = false)
				 order by c.last_verified_on""")
			.param("owner", ownerUserId)
			.param("agency", agencyId)
			.param("staleBefore", staleBefore)
			.query(Contacts::map)
			.list();
	}

	/**
	 * An editor of the agency adds a contact, and owns it. A named colleague, or deputy, must be a current user of
	 * the agency, whose name the entry then carries; a service must be one of the agency's.
	 */
	@Transactional
	public UUID add(AccordPrincipal user, ContactDraft d) {
		Agency agency = agencies.find(d.agencyId()).orElseThrow(() -> new NotFoundException("Agency"));
		if (!mayAddFor(user, agency.id())) {
			throw new AccessDeniedException("Not an editor of this agency's contacts");
		}
		UUID id = create(named(d, agency, user.userId(), List.of()));
		audit.record(AuditEvent.of("CREATE", "DIRECTORY_CONTACT", id));
		return id;
	}

	/**
	 * An editor of the contact changes it, if nobody changed it since {@code version} (null: the form was
	 * incomplete); it stays with its agency, and with its owner, or becomes the user's if it had none.
	 */
	@Transactional
	public void change(AccordPrincipal user, UUID id, Integer version, ContactDraft d) {
		DirectoryContact contact = editable(user, id);
		Agency agency = agencies.find(contact.agencyId()).orElseThrow(() -> new NotFoundException("Agency"));
		List<Problems.FieldMessage> problems = version == null
				? List.of(new Problems.FieldMessage("version", "Reload the page and make your change again")) : List.of();
		UUID owner = contact.ownerUserId() != null ? contact.ownerUserId() : user.userId();
		ContactDraft named = named(d, agency, owner, problems);
		update(id, version, named);
		audit.record(AuditEvent.of("UPDATE", "DIRECTORY_CONTACT", id));
	}

	/** An editor of the contact confirms it is right today; the contact as it was. */
	@Transactional
	public DirectoryContact verify(AccordPrincipal user, UUID id) {
		DirectoryContact contact = editable(user, id);
		markVerified(id);
		audit.record(AuditEvent.of("VERIFY", "DIRECTORY_CONTACT", id));
		return contact;
	}

	public static boolean mayAddFor(AccordPrincipal user, UUID agencyId) {
		return DirectoryPermissions.canEdit(user, agencyId, null);
	}

	public static boolean mayChange(AccordPrincipal user, DirectoryContact contact) {
		return DirectoryPermissions.canEdit(user, contact.agencyId(), contact.ownerUserId());
	}

	private DirectoryContact editable(AccordPrincipal user, UUID id) {
		DirectoryContact contact = find(id).orElseThrow(() -> new NotFoundException("Contact"));
		if (!mayChange(user, contact)) {
			throw new AccessDeniedException("Not an editor of this agency's contacts");
		}
		return contact;
	}

	/** The draft for {@code agency}, with the names of its colleagues, or refused naming each field that is wrong. */
	private ContactDraft named(ContactDraft d, Agency agency, UUID owner, List<Problems.FieldMessage> already) {
		List<Colleague> staff = colleagues.activeIn(agency.id());
		List<Problems.FieldMessage> problems = new ArrayList<>(already);
		String name = d.userId() == null ? d.name() : nameOf(staff, d.userId());
		String deputy = d.deputyUserId() == null ? d.deputyName() : nameOf(staff, d.deputyUserId());
		if (d.userId() != null && name == null) {
			problems.add(new Problems.FieldMessage("userId", "Select a current colleague at " + agency.name()));
		}
		if (d.deputyUserId() != null && deputy == null) {
			problems.add(new Problems.FieldMessage("deputyUserId", "Select a current colleague at " + agency.name()));
		}
		if (d.serviceId() != null
				&& services.find(d.serviceId()).filter(s -> s.agencyId().equals(agency.id())).isEmpty()) {
			problems.add(new Problems.FieldMessage("serviceId", "Select one of the services of " + agency.name()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ContactDraft(agency.id(), d.serviceId(), d.role(), d.topic(), d.userId(), name, d.deputyUserId(),
				deputy, d.phone(), d.secureEmail(), owner, d.lastVerifiedOn());
	}

	private static String nameOf(List<Colleague> staff, UUID id) {
		return staff.stream().filter(c -> c.id().equals(id)).map(Colleague::displayName).findFirst().orElse(null);
	}

	public UUID create(ContactDraft d) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into directory_contact (id, agency_id, service_id, role, topic, user_id, name, deputy_user_id,
				  deputy_name, phone, secure_email, owner_user_id, last_verified_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, d.agencyId(), d.serviceId(), d.role().name(), d.topic() == null ? null : d.topic().name(),
					d.userId(), d.name(), d.deputyUserId(), d.deputyName(), d.phone(), d.secureEmail(), d.ownerUserId(),
					d.lastVerifiedOn() != null ? d.lastVerifiedOn() : LocalDate.now(clock))
			.update();
		return id;
	}

	/** Saving a contact confirms it: it is verified today and no longer waits for handover. */
	private void update(UUID id, int version, ContactDraft d) {
		int rows = jdbc.sql("""
				update directory_contact set service_id = ?, role = ?, topic = ?, user_id = ?, name = ?,
				  deputy_user_id = ?, deputy_name = ?, phone = ?, secure_email = ?, owner_user_id = ?,
				  last_verified_on = ?, handover_needed = false, handover_note = null, updated_at = now(),
				  version = version + 1
				where id = ? and version = ?""")
			.params(d.serviceId(), d.role().name(), d.topic() == null ? null : d.topic().name(), d.userId(), d.name(),
					d.deputyUserId(), d.deputyName(), d.phone(), d.secureEmail(), d.ownerUserId(), LocalDate.now(clock),
					id, version)
			.update();
		if (rows == 0) {
			throw new ConflictException("This contact was changed by someone else since you opened it; nothing was saved");
		}
	}

	private void markVerified(UUID id) {
		jdbc.sql("update directory_contact set last_verified_on = ?, updated_at = now() where id = ?")
			.params(LocalDate.now(clock), id).update();
	}

	public void delete(UUID id) {
		jdbc.sql("delete from directory_contact where id = ?").param(id).update();
	}

	/** A leaver's roles stay in the directory, flagged, so the agency hands them over rather than losing them. */
	@EventListener
	void onUserDisabled(UserDisabled event) {
		jdbc.sql("""
				update directory_contact set handover_needed = true,
				  handover_note = case when user_id = :user then 'The named person has left' else 'The deputy has left' end,
				  updated_at = now()
				where user_id = :user or deputy_user_id = :user""")
			.param("user", event.userId())
			.update();
	}

	static DirectoryContact map(ResultSet rs, int row) throws SQLException {
		String topic = rs.getString("topic");
		return new DirectoryContact(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getString("agency_name"), rs.getObject("service_id", UUID.class), rs.getString("service_name"),
				ContactRole.valueOf(rs.getString("role")), topic == null ? null : NeedCategory.valueOf(topic),
				rs.getObject("user_id", UUID.class), rs.getString("name"), rs.getBoolean("person_active"),
				rs.getObject("deputy_user_id", UUID.class), rs.getString("deputy_name"), rs.getBoolean("deputy_active"),
				rs.getString("phone"), rs.getString("secure_email"), rs.getObject("owner_user_id", UUID.class),
				rs.getObject("last_verified_on", LocalDate.class), rs.getBoolean("handover_needed"),
				rs.getString("handover_note"), rs.getInt("version"));
	}

}
