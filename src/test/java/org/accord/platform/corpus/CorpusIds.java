package org.accord.platform.corpus;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Real records from the demo data for the corpus's paths and id fields, so that bad input reaches a real record. */
final class CorpusIds {

	private CorpusIds() {
	}

	/** By the path before the variable, as {@link org.accord.support.Routes#sample} reads them. */
	static Map<String, String> paths(JdbcClient jdbc) {
		Map<String, String> ids = new LinkedHashMap<>();
		String sylvia = "(select id from person where given_name = 'Sylvia' and family_name = 'Smith' and date_of_birth = '1987-12-04')";
		put(jdbc, ids, "select id::text from service where name = 'Safer Futures IDVA service'", "/directory/services/", "/api/v1/services/",
				"/api/v1/hsds/services/");
		put(jdbc, ids, "select id::text from agency where name = 'Safer Futures'", "/directory/agencies/", "/api/v1/agencies/",
				"/api/v1/hsds/organizations/", "/admin/agencies/", "/admin/involvement-categories/");
		put(jdbc, ids, "select id::text from app_user where username = 'housing'", "/admin/users/");
		put(jdbc, ids, "select c.id::text from directory_contact c join agency a on a.id = c.agency_id where a.name = 'Safer Futures' order by c.id limit 1",
				"/directory/contacts/");
		put(jdbc, ids, "select id::text from agreement order by id limit 1", "/directory/agreements/");
		put(jdbc, ids, "select id::text from glossary_term where term = 'MARAC'", "/admin/glossary/");
		put(jdbc, ids, "select id::text from consent where person_id = " + sylvia + " order by id limit 1", "/api/v1/consents/", "/consents/",
				"/sharing/received/consents/", "/sharing/received/holders/");
		put(jdbc, ids, "select id::text from sharing_decision order by id limit 1", "/api/v1/sharing-decisions/", "/sharing/approvals/",
				"/sharing/received/decisions/");
		put(jdbc, ids, "select id::text from sharing_agreement order by id limit 1", "/sharing/agreements/");
		put(jdbc, ids, "select id::text from notification order by id limit 1", "/notifications/", "/api/v1/notifications/");
		return ids;
	}

	/** By what an id field's name says it holds; any other id field gets an id that exists nowhere. */
	static Map<String, String> fields(JdbcClient jdbc) {
		Map<String, String> ids = new LinkedHashMap<>();
		put(jdbc, ids, "select id::text from agency where name = 'Northshire Homes Tenancy Support'", "agency");
		put(jdbc, ids, "select id::text from app_user where username = 'idva'", "user", "worker");
		put(jdbc, ids, "select id::text from area order by id limit 1", "area");
		put(jdbc, ids, "select id::text from service where name = 'Safer Futures IDVA service'", "service");
		return ids;
	}

	private static void put(JdbcClient jdbc, Map<String, String> ids, String sql, String... keys) {
		jdbc.sql(sql).query(String.class).optional().ifPresent(id -> {
			for (String key : keys) {
				ids.put(key, id);
			}
		});
	}

}
