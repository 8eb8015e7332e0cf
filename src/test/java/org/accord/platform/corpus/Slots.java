package org.accord.platform.corpus;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.ResolvableType;

/** Every place in a JSON body a mutation can go: the body itself, each field of each record, each list's element. */
final class Slots {

	private static final String MARK = "@@corpus-mutation@@";

	/** A place in the body: its path, its Java type, and the top-level field a refusal should name (null for the body). */
	record Slot(List<Object> path, Type type, String field) {

		String describe() {
			return path.isEmpty() ? "(body)" : path.toString();
		}

	}

	private Slots() {
	}

	static List<Slot> of(Type type, JsonNode base) {
		List<Slot> slots = new ArrayList<>();
		walk(type, base, new ArrayList<>(), null, slots);
		return slots;
	}

	/** The body written out with {@code json} (JSON text, sent exactly as written) at the slot. */
	static String with(JsonNode base, Slot slot, String json) {
		if (slot.path().isEmpty()) {
			return json;
		}
		JsonNode copy = base.deepCopy();
		JsonNode parent = copy;
		for (Object step : slot.path().subList(0, slot.path().size() - 1)) {
			parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
		}
		Object last = slot.path().get(slot.path().size() - 1);
		if (last instanceof Integer i) {
			((ArrayNode) parent).set(i, Inputs.JSON.getNodeFactory().stringNode(MARK));
		}
		else {
			((ObjectNode) parent).put((String) last, MARK);
		}
		return Inputs.JSON.writeValueAsString(copy).replace("\"" + MARK + "\"", json);
	}

	private static void walk(Type type, JsonNode node, List<Object> path, String field, List<Slot> slots) {
		slots.add(new Slot(List.copyOf(path), type, field));
		ResolvableType resolved = ResolvableType.forType(type);
		Class<?> raw = resolved.toClass();
		if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				path.add(component.getName());
				walk(component.getGenericType(), node.get(component.getName()), path, field == null ? component.getName() : field, slots);
				path.remove(path.size() - 1);
			}
		}
		else if (Collection.class.isAssignableFrom(raw) && node.size() > 0) {
			path.add(0);
			walk(Inputs.element(type), node.get(0), path, field, slots);
			path.remove(path.size() - 1);
		}
	}

}
