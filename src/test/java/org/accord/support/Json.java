package org.accord.support;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Request bodies built from maps, so tests never hand-escape JSON. */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	/** {@code of("givenName", "Sylvia", "dateOfBirth", "1987-12-04")}: keys and values in turn. */
	public static String of(Object... keysAndValues) {
		return MAPPER.writeValueAsString(map(keysAndValues));
	}

	/**
	 * A nested object for {@link #of}, keys and values in turn: {@code of("version", 0, "profile", map("safeTimes", "Mornings"))}.
	 * Its keys keep their order and its values may be null, unlike {@code Map.of}.
	 */
	public static Map<String, Object> map(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values in turn, but there are " + keysAndValues.length);
		}
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
