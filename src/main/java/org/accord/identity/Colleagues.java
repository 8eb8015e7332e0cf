package org.accord.identity;

import java.util.List;
import java.util.UUID;

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

}
