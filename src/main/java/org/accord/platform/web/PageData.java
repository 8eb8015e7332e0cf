package org.accord.platform.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes data for the page script into a JSON block. "<" is escaped so no value can close the
 * script element, whatever an administrator types.
 */
@Component
public class PageData {

	private final JsonMapper json;

	PageData(JsonMapper json) {
		this.json = json;
	}

	public String write(Object value) {
		return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
