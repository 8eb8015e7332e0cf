package org.accord.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.accord.platform.security.Role;
import org.accord.platform.web.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserAccounts {

	private static final String SELECT = """
			select u.id, u.username, u.display_name, u.email, u.job_title, u.agency_id, a.name as agency_name,
			       a.requires_two_factor, a.enabled as agency_enabled, u.password_hash, u.enabled, u.totp_secret,
			       u.totp_enabled, u.totp_last_step, u.updated_at, u.version,
			       coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') as roles
			from app_user u join agency a on a.id = u.agency_id
			""";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql(SELECT + " where lower(u.username) = lower(?)").param(username).query(UserAccounts::map).optional();
	}

	Optional<UserAccount> find(UUID id) {
		return jdbc.sql(SELECT + " where u.id = ?").param(id).query(UserAccounts::map).optional();
	}

	List<UserAccount> search(UUID agencyId, String text) {
		String like = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase() + "%";
		return jdbc.sql(SELECT + """
				 where (cast(:agency as uuid) is null or u.agency_id = :agency)
				   and (cast(:like as text) is null or lower(u.username) like :like or lower(u.display_name) like :like)
				 order by lower(a.name), lower(u.display_name)""")
			.param("agency", agencyId)
			.param("like", like)
			.query(UserAccounts::map)
			.list();
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)").param(username)
			.query(Integer.class).single() > 0;
	}

	boolean isActive(UUID userId) {
		return jdbc.sql("select count(*) from app_user u join agency a on a.id = u.agency_id where u.id = ? "
				+ "and u.enabled and a.enabled")
			.param(userId).query(Integer.class).single() > 0;
	}

	void insert(UUID id, String username, String displayName, String email, String jobTitle, UUID agencyId,
			String passwordHash, Set<Role> roles) {
		jdbc.sql("""
				insert into app_user (id, username, display_name, email, job_title, agency_id, password_hash)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, username, displayName, email, jobTitle, agencyId, passwordHash)
			.update();
		replaceRoles(id, roles);
	}

	void update(UUID id, int version, String displayName, String email, String jobTitle, UUID agencyId, Set<Role> roles) {
		int rows = jdbc.sql("""
				update app_user set display_name = ?, email = ?, job_title = ?, agency_id = ?, updated_at = now(),
				  version = version + 1
				where id = ? and version = ?""")
			.params(displayName, email, jobTitle, agencyId, id, version)
			.update();
		if (rows == 0) {
			throw new ConflictException("This user was changed by someone else since you opened it; nothing was saved");
		}
		replaceRoles(id, roles);
	}

	void setEnabled(UUID id, boolean enabled) {
		jdbc.sql("""
				update app_user set enabled = ?, disabled_at = case when ? then null else now() end,
				  updated_at = now(), version = version + 1 where id = ?""")
			.params(enabled, enabled, id)
			.update();
	}

	void setPassword(UUID id, String hash) {
		jdbc.sql("update app_user set password_hash = ?, updated_at = now() where id = ?").params(hash, id).update();
	}

	void enableTotp(UUID id, String secret, long step) {
		jdbc.sql("update app_user "
				+ "set totp_secret = ?, totp_enabled = true, totp_last_step = ?, updated_at = now() where id = ?")
			.params(secret, step, id).update();
	}

	void resetTotp(UUID id) {
		jdbc.sql("update app_user "
				+ "set totp_secret = null, totp_enabled = false, totp_last_step = null, updated_at = now() where id = ?")
			.param(id).update();
		jdbc.sql("delete from recovery_code where user_id = ?").param(id).update();
	}

	/** Claims a time step once, so a code seen over someone's shoulder cannot be replayed. */
	boolean claimTotpStep(UUID id, long step) {
		return jdbc.sql("update app_user set totp_last_step = ? where id = ? and (totp_last_step is null "
				+ "or totp_last_step < ?)")
			.params(step, id, step).update() == 1;
	}

	private void replaceRoles(UUID id, Set<Role> roles) {
		jdbc.sql("delete from user_role where user_id = ?").param(id).update();
		for (Role role : roles) {
			jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
	}

	static UserAccount map(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String r : rs.getString("roles").split(",")) {
			if (!r.isBlank()) {
				roles.add(Role.valueOf(r));
			}
		}
		long step = rs.getLong("totp_last_step");
		Long lastStep = rs.wasNull() ? null : step;
		return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getString("job_title"), rs.getObject("agency_id", UUID.class),
				rs.getString("agency_name"), rs.getBoolean("requires_two_factor"), rs.getBoolean("agency_enabled"),
				rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getString("totp_secret"),
				rs.getBoolean("totp_enabled"), lastStep, roles, rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
	}

}
