package org.accord.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import tools.jackson.databind.JsonNode;

/** Reading values out of HSDS JSON the same way everywhere in the import. */
final class HsdsJson {

	private HsdsJson() {
	}

	/**
	 * A value field as text; a missing, null or non-value field is null (the schema check has already named wrong types).
	 */
	static String text(JsonNode n, String field) {
		JsonNode v = n == null ? null : n.get(field);
		return v == null || v.isNull() || !v.isValueNode() ? null : v.asString();
	}

	static List<JsonNode> array(JsonNode n, String field) {
		List<JsonNode> items = new ArrayList<>();
		JsonNode v = n == null ? null : n.get(field);
		if (v != null && v.isArray()) {
			v.forEach(items::add);
		}
		return items;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	/** Values of the record's attributes in one of Accord's taxonomies. */
	static List<String> attributeValues(JsonNode n, String taxonomy) {
		List<String> values = new ArrayList<>();
		for (JsonNode a : array(n, "attributes")) {
			JsonNode term = a.get("taxonomy_term");
			if (term != null && taxonomy.equals(text(term, "taxonomy")) && text(a, "value") != null) {
				values.add(text(a, "value"));
			}
		}
		return values;
	}

	static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}

	/** Keeps a UUID id as it is; any other id maps to the same UUID every time, so re-imports find the record. */
	static UUID uuidOf(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return UUID.nameUUIDFromBytes(("hsds:" + id).getBytes(StandardCharsets.UTF_8));
		}
	}

	/** HSDS times are "10:00:00", sometimes "9:00" or with a Z; an unreadable one is no time. */
	static LocalTime time(String value) {
		if (value == null) {
			return null;
		}
		try {
			String v = value.trim();
			return LocalTime.parse(v.length() == 4 ? "0" + v : v.replaceFirst("Z$", ""));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The record's top-level fields Accord does not read. */
	static List<String> ignored(JsonNode n, Collection<String> read) {
		List<String> ignored = new ArrayList<>();
		n.propertyNames().forEach(field -> {
			if (!read.contains(field)) {
				ignored.add(field);
			}
		});
		return ignored;
	}

	/** Schema messages named by field, "organization.name: integer found, string expected". */
	static List<String> schemaErrors(Schema schema, JsonNode node) {
		if (!node.isObject()) {
			return List.of("record: must be a JSON object");
		}
		return schema.validate(node).stream()
			.map(e -> {
				String where = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
				String field = where.replaceFirst("^\\$\\.?", "").replaceFirst("^/", "").replace('/', '.');
				return (field.isEmpty() ? "" : field + ": ") + e.getMessage();
			})
			.distinct()
			.limit(20)
			.toList();
	}

	static Schema load(SchemaRegistry registry, String resource) throws IOException {
		try (InputStream in = HsdsJson.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("Missing " + resource);
			}
			return registry.getSchema(in);
		}
	}

}
