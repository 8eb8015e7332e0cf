package org.accord.platform.corpus;

import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.springframework.core.ResolvableType;

/**
 * The families of bad input, for one field of a known type: JSON values written out by hand (so that a NUL,
 * half a surrogate pair or a number too big for any type is sent exactly), and form or query values already
 * percent-encoded (so that bytes that are not UTF-8 are sent exactly). Every field gets a NUL and a wrong type;
 * the rest are sampled with the corpus's seeded random, so a failure reproduces with its seed.
 */
final class Mutations {

	/**
	 * One bad value. {@code mustRefuse}: no client could mean it, so accepting it is a fault in itself; the others
	 * (a huge text, a blank, a padded enum on a form) may be accepted if the application makes sense of them.
	 */
	record Mutation(String family, String value, boolean mustRefuse) {

		String describe() {
			String shown = value.length() > 60 ? value.substring(0, 40) + "...(" + value.length() + " chars)" : value;
			return family + " " + shown;
		}

	}

	static final String HUGE = "x".repeat(100_000);

	private final Random random;

	private final int extra;

	Mutations(Random random, int extra) {
		this.random = random;
		this.extra = extra;
	}

	/** The JSON values sent in place of a field (or a list element, or the whole body) of {@code type}. */
	List<Mutation> json(Type type, boolean element) {
		Class<?> raw = ResolvableType.forType(type).toClass();
		List<Mutation> wrongType = new ArrayList<>();
		List<Mutation> other = new ArrayList<>();
		if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
			wrongType.add(refuse("object-for-array", "{}"));
			wrongType.add(refuse("string-for-array", "\"x\""));
			other.add(new Mutation("null-element", "[null]", false));
			other.add(new Mutation("blank-element", "[\"  \"]", false));
			other.add(new Mutation("empty-list", "[]", false));
		}
		else if (java.util.Map.class.isAssignableFrom(raw)) {
			wrongType.add(refuse("array-for-object", "[]"));
			wrongType.add(refuse("string-for-object", "\"x\""));
			other.add(refuse("nul-in-value", "{\"corpus\":\"Corpus\\u0000text\"}"));
			other.add(refuse("nul-in-key", "{\"cor\\u0000pus\":\"x\"}"));
			other.add(refuse("number-for-value", "{\"corpus\":123}"));
			other.add(new Mutation("null-value", "{\"corpus\":null}", false));
		}
		else if (raw.isRecord()) {
			wrongType.add(refuse("array-for-object", "[]"));
			wrongType.add(refuse("string-for-object", "\"x\""));
		}
		else if (raw == Boolean.class || raw == boolean.class) {
			wrongType.add(refuse("minus-one-for-boolean", "-1"));
			wrongType.add(refuse("string-for-boolean", "\"true\""));
			wrongType.add(refuse("one-for-boolean", "1"));
		}
		else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
			wrongType.add(refuse("string-for-number", "\"12\""));
			wrongType.add(refuse("boolean-for-number", "true"));
			wrongType.add(refuse("object-for-number", "{}"));
			other.add(refuse("fraction", "1.5"));
			other.add(refuse("overflow-long", "9223372036854775808"));
			other.add(refuse("overflow-double", "1e309"));
			other.add(refuse("overflow-int", "2147483648"));
			other.add(new Mutation("minus-one", "-1", false));
			other.add(new Mutation("max-int", "2147483647", false));
		}
		else if (raw.isEnum()) {
			String first = ((Enum<?>) raw.getEnumConstants()[0]).name();
			wrongType.add(refuse("number-for-enum", "0"));
			other.add(refuse("unknown-enum", "\"NO_SUCH_VALUE\""));
			other.add(refuse("padded-enum", "\" " + first + "\""));
			other.add(refuse("lower-case-enum", "\"" + first.toLowerCase(Locale.ROOT) + "\""));
			other.add(refuse("nul-in-enum", "\"" + first + "\\u0000\""));
		}
		else if (raw == UUID.class) {
			wrongType.add(refuse("number-for-id", "123"));
			other.add(refuse("malformed-id", "\"not-a-uuid\""));
			other.add(refuse("nul-in-id", "\"\\u0000\""));
		}
		else if (raw == java.time.LocalTime.class) {
			wrongType.add(refuse("number-for-time", "1000"));
			other.add(refuse("no-such-time", "\"25:61\""));
			other.add(refuse("nul-in-time", "\"10:00\\u0000\""));
			// Jackson reads a date and time as its time, dropping the date: lenient, but not a fault.
			other.add(new Mutation("date-time-for-time", "\"+999999999-12-31T10:00\"", false));
		}
		else if (Temporal.class.isAssignableFrom(raw)) {
			boolean withTime = !raw.getSimpleName().equals("LocalDate");
			String t = withTime ? "T10:00" : "";
			wrongType.add(refuse("max-int-for-date", "2147483647"));
			wrongType.add(refuse("number-for-date", "123"));
			other.add(refuse("year-zero", "\"0000-01-01" + t + "\""));
			other.add(refuse("far-future", "\"+999999999-12-31" + t + "\""));
			other.add(refuse("far-past", "\"-999999999-01-01" + t + "\""));
			other.add(refuse("no-such-day", "\"2024-02-30" + t + "\""));
			other.add(refuse("nul-in-date", "\"2024-03-04\\u0000\""));
		}
		else {
			wrongType.add(refuse("number-for-string", "123"));
			wrongType.add(refuse("object-for-string", "{}"));
			wrongType.add(refuse("array-for-string", "[\"x\"]"));
			wrongType.add(refuse("boolean-for-string", "true"));
			wrongType.add(refuse("huge-number-for-string", "1e309"));
			other.add(refuse("control", "\"Corpus" + String.format("\\u%04x", (int) control()) + "text\""));
			other.add(refuse("lone-high-surrogate", "\"Half \\ud800 a character\""));
			other.add(refuse("lone-low-surrogate", "\"\\udc00\""));
			other.add(new Mutation("huge", "\"" + HUGE + "\"", false));
			other.add(new Mutation("blank", "\"  \"", false));
		}
		List<Mutation> chosen = new ArrayList<>();
		if (!raw.isRecord() && !java.util.Map.class.isAssignableFrom(raw) && !(Collection.class.isAssignableFrom(raw) || raw.isArray())) {
			chosen.add(refuse("nul", raw == String.class || raw.isEnum() || raw == UUID.class || Temporal.class.isAssignableFrom(raw)
					? "\"Corpus\\u0000text\"" : "\"\\u0000\""));
		}
		chosen.add(wrongType.get(random.nextInt(wrongType.size())));
		chosen.addAll(sample(other));
		return chosen;
	}

	/**
	 * The encoded "name=value" pairs sent in place of a form or query parameter's {@code base} value: each replaces
	 * the parameter; "blank-repeated" sends it twice, blank and then as it was.
	 */
	List<Mutation> form(String name, Type type, String base) {
		Class<?> raw = ResolvableType.forType(type).toClass();
		Class<?> element = Collection.class.isAssignableFrom(raw) ? ResolvableType.forType(Inputs.element(type)).toClass() : raw;
		String n = encode(name) + "=";
		String lower = name.toLowerCase(Locale.ROOT);
		List<Mutation> wrongType = new ArrayList<>();
		List<Mutation> other = new ArrayList<>();
		other.add(refuse("control", n + "Corpus" + encode(String.valueOf(control())) + "text"));
		other.add(refuse("invalid-utf8", n + "Corpus%FFtext"));
		other.add(refuse("encoded-surrogate", n + "%ED%A0%80"));
		other.add(new Mutation("huge", n + HUGE, false));
		other.add(new Mutation("blank", n + "%20%20", false));
		other.add(new Mutation("blank-repeated", n + "&" + n + encode(base), false));
		if (Number.class.isAssignableFrom(element) || element.isPrimitive() && element != boolean.class) {
			wrongType.add(refuse("text-for-number", n + "twelve"));
			other.add(refuse("fraction", n + "1.5"));
			other.add(refuse("overflow-long", n + "9223372036854775808"));
			other.add(refuse("overflow-double", n + "1e309"));
			other.add(new Mutation("minus-one", n + "-1", false));
			other.add(new Mutation("max-int", n + "2147483647", false));
			other.add(new Mutation("huge-page", n + "999999999", false));
		}
		else if (element == Boolean.class || element == boolean.class) {
			wrongType.add(refuse("minus-one-for-boolean", n + "-1"));
			wrongType.add(refuse("text-for-boolean", n + "perhaps"));
		}
		else if (element.isEnum()) {
			String first = ((Enum<?>) element.getEnumConstants()[0]).name();
			wrongType.add(refuse("unknown-enum", n + "NO_SUCH_VALUE"));
			other.add(new Mutation("padded-enum", n + "%20" + first, false));
		}
		else if (element == UUID.class) {
			wrongType.add(refuse("malformed-id", n + "not-a-uuid"));
		}
		else if (Temporal.class.isAssignableFrom(element)) {
			wrongType.add(refuse("number-for-date", n + "2147483647"));
			other.add(refuse("year-zero", n + "0000-01-01"));
			other.add(refuse("far-future", n + "%2B999999999-12-31"));
			other.add(refuse("far-past", n + "-999999999-01-01"));
		}
		else if (lower.endsWith("year")) {
			wrongType.add(refuse("far-year", n + "999999999"));
			other.add(refuse("text-for-year", n + "twenty"));
		}
		else if (lower.endsWith("day") || lower.endsWith("month")) {
			wrongType.add(refuse("text-for-date-part", n + "first"));
			other.add(refuse("far-date-part", n + "2147483647"));
		}
		else {
			wrongType.add(new Mutation("number-for-text", n + "2147483647", false));
			wrongType.add(new Mutation("huge-number-for-text", n + "1e309", false));
		}
		List<Mutation> chosen = new ArrayList<>();
		chosen.add(refuse("nul", n + "Corpus%00text"));
		chosen.add(wrongType.get(random.nextInt(wrongType.size())));
		chosen.addAll(sample(other));
		return chosen;
	}

	/** Parameters no handler reads, with bytes that are not UTF-8 in the value and in the name. */
	List<Mutation> unknownParameters() {
		return List.of(refuse("unknown-invalid-utf8", "corpusUnknown=%FF"), refuse("unknown-surrogate", "corpusUnknown=%ED%A0%80"),
				refuse("unknown-name-invalid-utf8", "corpus%FF=x"), refuse("unknown-nul", "corpusUnknown=%00"));
	}

	private List<Mutation> sample(List<Mutation> from) {
		List<Mutation> pool = new ArrayList<>(from);
		java.util.Collections.shuffle(pool, random);
		return pool.subList(0, Math.min(extra, pool.size()));
	}

	/** A control character that is not a tab or a line break, from C0, DEL and C1. */
	private char control() {
		String controls = "\u0001\u0002\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\u0080\u0085\u009f";
		return controls.charAt(random.nextInt(controls.length()));
	}

	private static Mutation refuse(String family, String value) {
		return new Mutation(family, value, true);
	}

	static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
