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
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return MAPPER.writeValueAsString(map);
	}

}
