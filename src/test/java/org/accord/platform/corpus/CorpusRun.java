package org.accord.platform.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * The corpus's verdict on each answer, and its tally. Every answer must be no 5xx; an API refusal must be
 * problem+json, and a 400 to a mutated field or parameter must name it; a refused write must change no row;
 * and a value no client could mean (a NUL, bytes that are not UTF-8, a wrong type) must be refused.
 */
final class CorpusRun {

	/** Families the input boundary refuses before any handler reads the value, on every route. */
	private static final Set<String> BOUNDARY = Set.of("nul", "control", "invalid-utf8", "encoded-surrogate", "unknown-invalid-utf8",
			"unknown-surrogate", "unknown-name-invalid-utf8", "unknown-nul");

	final Map<String, List<String>> failures = new LinkedHashMap<>();

	int apiOperations;

	int forms;

	int queries;

	int requests;

	int serverErrors;

	int rowsChanged;

	int accepted;

	private final Fingerprint fingerprint;

	private Map<String, String> digests;

	CorpusRun(Fingerprint fingerprint) {
		this.fingerprint = fingerprint;
		this.digests = fingerprint.take();
	}

	/**
	 * Judges one answer to {@code operation} sent {@code mutation}; {@code field} is what a 400 should name, or
	 * null when any field will do. {@code followed} is the page a redirect led to, for a form.
	 */
	void judge(Operation operation, String field, Mutations.Mutation mutation, CorpusClient.Answer answer, String followed) {
		judge(operation, field, mutation, answer, followed, null);
	}

	/** As above, with the body sent, shown when a 400 does not name the field. */
	void judge(Operation operation, String field, Mutations.Mutation mutation, CorpusClient.Answer answer, String followed, String sent) {
		requests++;
		String what = operation + " " + (field == null ? "" : field + " ") + mutation.describe() + " -> " + answer.status();
		if (answer.status() >= 500) {
			serverErrors++;
			fail("5xx", what);
		}
		boolean refused;
		if (operation.api()) {
			refused = answer.status() >= 400;
			if (refused && !answer.problem()) {
				fail("API refusal not problem+json", what + " " + answer.contentType());
			}
			// Only a value no client could mean is sure to be what a 400 is about; a query too long for Tomcat to read has no fields.
			boolean unreadable = operation.get() && mutation.family().equals("huge");
			if (answer.status() == 400 && answer.problem() && field != null && mutation.mustRefuse() && !unreadable && !names(answer.body(), field)) {
				fail("400 not naming the field", what + " " + abbreviate(answer.body()) + (sent == null ? "" : " sent " + abbreviate(sent)));
			}
		}
		else {
			refused = answer.status() >= 400 || answer.body().contains("govuk-error-summary")
					|| followed != null && followed.contains("govuk-error-summary");
		}
		if (!operation.get()) {
			Map<String, String> after = fingerprint.take();
			List<String> changed = Fingerprint.changed(digests, after);
			digests = after;
			if (refused && !changed.isEmpty()) {
				rowsChanged++;
				fail("rows changed by a refused write", what + " changed " + changed);
			}
		}
		boolean mustRefuse = operation.get() ? BOUNDARY.contains(mutation.family()) : mutation.mustRefuse();
		if (mustRefuse && !refused && answer.status() < 500) {
			accepted++;
			fail("accepted what no client could mean", what);
		}
	}

	/** Whether the problem's errors name {@code field} (a path below it, as "categories[0]", counts). */
	private static boolean names(String body, String field) {
		JsonNode errors = Inputs.JSON.readTree(body).get("errors");
		if (errors == null) {
			return false;
		}
		for (JsonNode error : errors) {
			String named = error.path("field").asString("");
			if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
				return true;
			}
		}
		return false;
	}

	private void fail(String kind, String what) {
		failures.computeIfAbsent(kind, k -> new ArrayList<>()).add(what);
	}

	String report(long seed) {
		return "Bad-input corpus (seed " + seed + ", -Dcorpus.seed to repeat): " + apiOperations + " API operations, " + forms + " forms, " + queries
				+ " GET operations' parameters; " + requests + " requests sent; " + serverErrors + " 5xx; " + rowsChanged
				+ " refused writes that changed rows; " + accepted + " meaningless values accepted"
				+ failures.entrySet().stream().map(e -> "\n  " + e.getKey() + " (" + e.getValue().size() + "):\n    "
						+ e.getValue().stream().limit(40).collect(Collectors.joining("\n    "))).collect(Collectors.joining());
	}

	private static String abbreviate(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "..." : s;
	}

}
