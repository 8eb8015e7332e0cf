package org.accord.platform.corpus;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accord.support.IntegrationTest;
import org.accord.support.Routes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input answered (issue 10): every operation and form the handler mappings hold is sent bad input, field by
 * field, derived from the handler's own body record, form object and parameters: NUL and control characters,
 * bytes that are not UTF-8, half a surrogate pair, dates beyond any calendar, null and blank list elements, huge
 * pages, wrong types, huge texts and numbers, fractions and enums that do not exist. None may be a 5xx; an API
 * refusal is problem+json naming the field; a refused write changes no row. The corpus has a database of its
 * own (the property below makes its context its own), because a bad value accepted by mistake is written.
 */
@IntegrationTest
@TestPropertySource(properties = "accord.corpus.own-database=true")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTests {

	static final long SEED = Long.getLong("corpus.seed", 20260110L);

	/** How many mutations beyond a NUL and a wrong type each field gets. */
	static final int EXTRA = Integer.getInteger("corpus.extra", 3);

	/** Operations whose input the corpus does not derive, with why; their query parameters are still sent bad input. */
	static final Map<String, String> BODY_NOT_DERIVED = Map.of("POST /api/v1/hsds/import",
			"reads a whole HSDS document as bytes; bad documents are HsdsImportTests'");

	private static final Pattern MAP_FIELD = Pattern.compile("name=\"(\\w+\\[[^\"\\]]+])\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	final Map<String, CorpusClient> clients = new LinkedHashMap<>();

	CorpusClient anonymous;

	Map<String, String> pathIds;

	Inputs inputs;

	String person;

	@BeforeAll
	void signIn() {
		for (String user : List.of("idva", "admin", "ig")) {
			clients.put(user, CorpusClient.signedIn(port, user, 250 + clients.size()));
		}
		anonymous = CorpusClient.anonymous(port);
		person = one("select id::text from person where given_name = 'Sylvia' and family_name = 'Smith' and date_of_birth = '1987-12-04'");
		pathIds = CorpusIds.paths(jdbc);
		inputs = new Inputs(CorpusIds.fields(jdbc));
	}

	@Test
	void everyOperationAndFormAnswersBadInputWithoutAFaultAndRefusesWithoutAChange() {
		Random random = new Random(SEED);
		Mutations mutations = new Mutations(random, EXTRA);
		CorpusRun run = new CorpusRun(new Fingerprint(jdbc));
		List<Operation> operations = Operation.all(context);
		int index = 0;
		for (Operation operation : operations) {
			int address = 1 + index++ % 240;
			String url = Routes.sample(operation.route(), person, pathIds, null);
			CorpusClient client = clientFor(operation);
			boolean bearer = operation.api() && client != anonymous;
			if (operation.get()) {
				run.queries++;
				for (Operation.Param param : operation.params()) {
					String others = operation.params().stream().filter(p -> !p.name().equals(param.name()))
						.map(p -> Mutations.encode(p.name()) + "=" + Mutations.encode(inputs.form(p.type(), p.name()))).collect(Collectors.joining("&"));
					for (Mutations.Mutation m : mutations.form(param.name(), param.type(), inputs.form(param.type(), param.name()))) {
						var answer = client.send("GET", join(url, others.isEmpty() ? m.value() : others + "&" + m.value()), null, null, bearer, address);
						run.judge(operation, param.name(), m, answer, null);
					}
				}
			}
			else if (operation.api()) {
				run.apiOperations++;
				if (operation.body() != null && !BODY_NOT_DERIVED.containsKey(operation.toString())) {
					JsonNode base = inputs.json(operation.body(), "body");
					for (Slots.Slot slot : Slots.of(operation.body(), base)) {
						for (Mutations.Mutation m : mutations.json(slot.type(), !slot.path().isEmpty())) {
							String sent = Slots.with(base, slot, m.value());
							var answer = client.send(operation.route().method(), url, "application/json", sent, bearer, address);
							run.judge(operation, slot.field(), m, answer, null, sent);
						}
					}
				}
			}
			else {
				run.forms++;
				Map<String, String> base = formBase(operation, client, url, address);
				for (var field : base.keySet()) {
					Type type = type(operation, field);
					for (Mutations.Mutation m : mutations.form(field, type, base.get(field))) {
						String body = base.entrySet().stream().filter(e -> !e.getKey().equals(field))
							.map(e -> Mutations.encode(e.getKey()) + "=" + Mutations.encode(e.getValue()))
							.collect(Collectors.joining("&", "", "&")) + m.value() + "&_csrf=" + Mutations.encode(client.csrf());
						var answer = client.send(operation.route().method(), url, "application/x-www-form-urlencoded", body, false, address);
						run.judge(operation, field, m, answer, followed(client, answer, address));
					}
				}
			}
			for (Mutations.Mutation m : mutations.unknownParameters()) {
				String body = operation.get() ? null : operation.api() ? "{}" : "_csrf=" + Mutations.encode(client.csrf());
				String type = operation.get() ? null : operation.api() ? "application/json" : "application/x-www-form-urlencoded";
				var answer = client.send(operation.route().method(), join(url, m.value()), type, body, bearer, address);
				run.judge(operation, m.family().equals("unknown-name-invalid-utf8") ? null : "corpusUnknown", m, answer, null);
			}
		}
		String report = run.report(SEED);
		System.out.println(report);
		assertThat(run.failures).as("the corpus's failures, listed above").isEmpty();
		assertThat(run.apiOperations).as("API writes sent bad input").isGreaterThan(20);
		assertThat(run.forms).as("forms sent bad input").isGreaterThan(30);
		assertThat(run.requests).as("requests sent").isGreaterThan(2000);
	}

	/** The user who may make the request, so that it reaches validation rather than stopping at a 403. */
	private CorpusClient clientFor(Operation operation) {
		String p = operation.route().pattern();
		if (p.startsWith("/sign-in") || p.startsWith("/api/v1/auth/")) {
			return anonymous;
		}
		if (p.startsWith("/governance") || p.contains("/access-log") || p.contains("/subject-access")) {
			return clients.get("ig");
		}
		boolean admin = p.startsWith("/admin") || p.startsWith("/directory") || p.startsWith("/api/v1/services") || p.startsWith("/api/v1/hsds")
				|| p.startsWith("/sharing/agreements") || p.startsWith("/audit");
		return clients.get(admin ? "admin" : "idva");
	}

	/** The form's fields with plausible values: its parameters, and a map property's keys as the form's own page names them. */
	private Map<String, String> formBase(Operation operation, CorpusClient client, String url, int address) {
		Map<String, String> base = new LinkedHashMap<>();
		for (Operation.Param param : operation.params()) {
			if (Map.class.isAssignableFrom(ResolvableType.forType(param.type()).toClass())) {
				Matcher m = MAP_FIELD.matcher(client.send("GET", url, null, null, false, address).body());
				while (m.find()) {
					if (m.group(1).startsWith(param.name() + "[")) {
						base.put(m.group(1), "Corpus text");
					}
				}
			}
			else {
				base.put(param.name(), inputs.form(param.type(), param.name()));
			}
		}
		return base;
	}

	private static Type type(Operation operation, String field) {
		return operation.params().stream().filter(p -> p.name().equals(field)).map(Operation.Param::type).findFirst().orElse(String.class);
	}

	/** The page a form's redirect leads to, where an error may be shown. */
	private static String followed(CorpusClient client, CorpusClient.Answer answer, int address) {
		if (answer.status() != 302 || answer.location() == null || !answer.location().contains("rror")) {
			return null;
		}
		String location = answer.location().replaceFirst("^https?://[^/]+", "");
		return client.send("GET", location, null, null, false, address).body();
	}

	private static String join(String url, String query) {
		return url + (url.contains("?") ? "&" : "?") + query;
	}

	private String one(String sql) {
		return jdbc.sql(sql).query(String.class).single();
	}

}
