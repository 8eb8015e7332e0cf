package org.accord.support;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo data by name (shared/docs/demo-scenario.md, and api-v1.md's accounts), so a test says whom it means
 * instead of copying the query that finds them. Every integration test can autowire it.
 */
public class Demo {

	/** Every demo account's password (api-v1.md). */
	public static final String PASSWORD = "accord-demo";

	private final JdbcClient jdbc;

	Demo(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sylvia Smith, born 4 December 1987: the survivor at the centre of the scenario. */
	public String sylvia() {
		return person("Sylvia", "Smith", "1987-12-04");
	}

	/** Mark Smith, born 17 May 1984: the children's father, who harmed Sylvia. */
	public String mark() {
		return person("Mark", "Smith", "1984-05-17");
	}

	/** One of Sylvia's children (Sian, James or Paul), whose dates of birth move with the demo's today. */
	public String child(String givenName) {
		return jdbc.sql("""
				select p.id::text from person p join relationship r on r.related_person_id = p.id
				where p.given_name = ? and p.family_name = 'Smith' and r.person_id = cast(? as uuid) and r.type = 'CHILD'""")
			.params(givenName, sylvia()).query(String.class).single();
	}

	public String person(String givenName, String familyName, String dateOfBirth) {
		return jdbc.sql("""
				select id::text from person where given_name = ? and family_name = ? and date_of_birth = cast(? as date)
				  and merged_into is null""")
			.params(givenName, familyName, dateOfBirth).query(String.class).single();
	}

	public String agency(String name) {
		return agencyId(name).toString();
	}

	public UUID agencyId(String name) {
		return jdbc.sql("select id from agency where name = ?").param(name).query(UUID.class).single();
	}

	public UUID user(String username) {
		return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
	}

}
