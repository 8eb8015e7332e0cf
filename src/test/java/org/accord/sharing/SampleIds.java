package org.accord.sharing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.accord.support.Routes;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Real records for the routes that are not a person's, so that walking them reads real pages. */
final class SampleIds {

	/** A service of the housing agency, which most walkers do not belong to: the referral forms show in full. */
	private static volatile String SERVICE_TO_REFER_TO;

	private SampleIds() {
	}

	static Map<String, String> of(JdbcClient jdbc) {
		String service = jdbc.sql("select id::text from service where name = 'Safer Futures IDVA service'").query(String.class).single();
		String agency = jdbc.sql("select id::text from agency where name = 'Safer Futures'").query(String.class).single();
		String user = jdbc.sql("select id::text from app_user where username = 'housing'").query(String.class).single();
		SERVICE_TO_REFER_TO = jdbc.sql("select id::text from service where name = 'Housing options and homelessness'")
			.query(String.class).single();
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("/directory/services/", service);
		ids.put("/api/v1/services/", service);
		ids.put("/api/v1/hsds/services/", service);
		ids.put("/directory/agencies/", agency);
		ids.put("/api/v1/agencies/", agency);
		ids.put("/api/v1/hsds/organizations/", agency);
		ids.put("/admin/agencies/", agency);
		ids.put("/admin/users/", user);
		jdbc.sql("select c.id::text from directory_contact c join agency a on a.id = c.agency_id where a.name = 'Safer Futures' order by c.role, c.name limit 1").query(String.class).optional()
			.ifPresent(id -> ids.put("/directory/contacts/", id));
		jdbc.sql("select id::text from agreement where title = 'Safer Futures IDVA service level agreement'").query(String.class).optional()
			.ifPresent(id -> ids.put("/directory/agreements/", id));
		jdbc.sql("select id::text from glossary_term where term = 'MARAC'").query(String.class).optional()
			.ifPresent(id -> ids.put("/admin/glossary/", id));
		jdbc.sql("""
				select r.id::text from referral r join service s on s.id = r.to_service_id join app_user u on u.id = r.referred_by
				where s.name = 'Safer Futures IDVA service' and u.username = 'drugworker' order by r.created_at limit 1""")
			.query(String.class).optional()
			.ifPresent(id -> {
				ids.put("/api/v1/referrals/", id);
				ids.put("/referrals/", id);
			});
		return ids;
	}

	/** The query a route needs to show something: the open request a subject access export answers. */
	static String query(Routes.Route route, String subjectAccessRequest) {
		if (route.pattern().equals("/api/v1/people/matches")) {
			return "givenName=Canary&familyName=Walk&dateOfBirth=1984-04-04";
		}
		if (route.pattern().endsWith("/referrals/new")) {
			return "service=" + SERVICE_TO_REFER_TO;
		}
		return route.pattern().matches(".*/subject-access(\\.pdf)?") ? "request=" + subjectAccessRequest : null;
	}

}
