package org.accord.identity;

import java.util.List;
import java.util.UUID;

import org.accord.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The current staff of an agency, for pickers such as "who is our MARAC representative". */
@Component
public class Colleagues {

	public record Colleague(UUID id, String displayName, String jobTitle) {
	}

	private final JdbcClient jdbc;

	Colleagues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Colleague> activeIn(UUID agencyId) {
		return jdbc.sql("select id, display_name, job_title from app_user where agency_id = ? and enabled "
				+ "order by lower(display_name)")
			.param(agencyId)
			.query((rs, n) -> new Colleague(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getString("job_title")))
			.list();
	}

	/** The agency's current staff who hold the role: its managers, say, when something there needs escalating. */
	public List<Colleague> withRole(UUID agencyId, Role role) {
		return jdbc.sql("""
				select u.id, u.display_name, u.job_title from app_user u join user_role r on r.user_id = u.id
				where u.agency_id = ? and u.enabled and r.role = ? order by lower(u.display_name)""")
			.params(agencyId, role.name())
			.query((rs, n) -> new Colleague(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getString("job_title")))
			.list();
	}

}
