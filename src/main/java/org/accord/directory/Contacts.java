package org.accord.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accord.identity.UserDisabled;
import org.accord.platform.web.ConflictException;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

	Contacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
	public void update(UUID id, int version, ContactDraft d) {
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

	public void markVerified(UUID id) {
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
