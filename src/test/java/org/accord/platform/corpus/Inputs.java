package org.accord.platform.corpus;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.ResolvableType;

/**
 * A plausible valid value for a field, from its type and its name: the base that each mutation changes in
 * one place, so that a refusal is about the mutated field. Ids name real records where the name says what
 * they are (an agency, a user, an area) and otherwise an id that exists nowhere, so that a write that is
 * accepted by mistake cannot merge or relate real people.
 */
final class Inputs {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Real ids by what a field's name says it holds: "agency", "user", "area", "service". */
	private final Map<String, String> realIds;

	Inputs(Map<String, String> realIds) {
		this.realIds = realIds;
	}

	/** The JSON value of a body or field of {@code type}, called {@code name}. */
	JsonNode json(Type type, String name) {
		ResolvableType resolved = ResolvableType.forType(type);
		Class<?> raw = resolved.toClass();
		if (raw.isRecord()) {
			ObjectNode object = NODES.objectNode();
			for (RecordComponent component : raw.getRecordComponents()) {
				object.set(component.getName(), json(component.getGenericType(), component.getName()));
			}
			return object;
		}
		if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
			ArrayNode array = NODES.arrayNode();
			array.add(json(raw.isArray() ? raw.getComponentType() : element(type), name));
			return array;
		}
		if (Map.class.isAssignableFrom(raw)) {
			return NODES.objectNode();
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return NODES.booleanNode(true);
		}
		if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
			return NODES.numberNode(Integer.parseInt(number(name)));
		}
		return NODES.stringNode(text(raw, name));
	}

	/** The form or query value of a parameter of {@code type}, called {@code name}; for a collection, of one element. */
	String form(Type type, String name) {
		ResolvableType resolved = ResolvableType.forType(type);
		Class<?> raw = resolved.toClass();
		if (Collection.class.isAssignableFrom(raw)) {
			return form(element(type), name);
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return "true";
		}
		if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
			return number(name);
		}
		return text(raw, name);
	}

	/** The element type of a collection type, resolved (a collection's generic is otherwise its type variable). */
	static Type element(Type collection) {
		ResolvableType element = ResolvableType.forType(collection).asCollection().getGeneric(0);
		return element.hasGenerics() ? element.getType() : element.toClass();
	}

	private String text(Class<?> raw, String name) {
		String n = name.toLowerCase(Locale.ROOT);
		if (raw.isEnum()) {
			return ((Enum<?>) raw.getEnumConstants()[0]).name();
		}
		if (raw == UUID.class) {
			return realIds.entrySet().stream().filter(e -> n.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
				.orElse(UUID.nameUUIDFromBytes(name.getBytes()).toString());
		}
		if (raw == LocalDate.class) {
			return n.contains("expir") || n.contains("review") || n.contains("end") ? "2031-03-04" : "2024-03-04";
		}
		if (raw == LocalDateTime.class || Temporal.class.isAssignableFrom(raw) && raw != LocalTime.class) {
			return "2031-03-04T10:00";
		}
		if (n.equals("closes")) {
			return "17:00";
		}
		if (raw == LocalTime.class || n.equals("opens") || n.endsWith("time")) {
			return "10:00";
		}
		if (n.endsWith("day")) {
			return "4";
		}
		if (n.endsWith("month")) {
			return "3";
		}
		if (n.endsWith("year")) {
			return n.contains("dob") || n.contains("birth") ? "1984" : "2024";
		}
		if (n.endsWith("hour")) {
			return "10";
		}
		if (n.endsWith("minute") || n.endsWith("minutes")) {
			return "30";
		}
		if (n.contains("email")) {
			return "corpus@example.org";
		}
		if (n.contains("postcode")) {
			return "NE1 4ST";
		}
		if (n.contains("phone")) {
			return "0191 496 0000";
		}
		if (n.contains("website") || n.contains("url")) {
			return "https://example.org/corpus";
		}
		if (n.contains("password")) {
			return "Corpus-password-2024!";
		}
		if (n.equals("code")) {
			return "123456";
		}
		if (n.contains("name") || n.equals("title") || n.equals("term")) {
			return "Corpus";
		}
		return "Corpus text";
	}

	private static String number(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		if (n.contains("minutes")) {
			return "30";
		}
		if (n.contains("age")) {
			return "18";
		}
		if (n.equals("size")) {
			return "20";
		}
		return n.equals("page") ? "0" : "1";
	}

}
