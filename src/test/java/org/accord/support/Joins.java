package org.accord.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Joining a person as a practitioner does: search for them first, then join the record the search found, on grounds. */
public final class Joins {

	private Joins() {
	}

	public static void join(Http http, JdbcClient jdbc, String personId, String token, String grounds, String reason) {
		var person = jdbc.sql("select given_name, family_name, date_of_birth::text as dob from person where id = cast(? as uuid)").param(personId)
			.query((rs, n) -> new String[] { rs.getString("given_name"), rs.getString("family_name"), rs.getString("dob") }).single();
		var found = http.get("/api/v1/people/matches?givenName=" + enc(person[0]) + "&familyName=" + enc(person[1])
				+ (person[2] == null ? "" : "&dateOfBirth=" + person[2]), token);
		assertThat(found.body()).as("the search finds the person to join").contains(personId);
		var joined = http.postJson("/api/v1/people/" + personId + "/involvements", Json.of("grounds", grounds, "reason", reason), token);
		assertThat(joined.status()).as(joined.body()).isIn(200, 201);
	}

	public static void join(Http http, JdbcClient jdbc, String personId, String token) {
		join(http, jdbc, personId, token, "REFERRAL_RECEIVED", "Referred to us");
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
