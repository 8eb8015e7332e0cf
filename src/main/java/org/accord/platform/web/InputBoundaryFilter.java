package org.accord.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one input boundary for query and form parameters, before anything reads them: a parameter that is
 * not valid UTF-8 or that carries a control character is refused with a 400 naming it, as problem+json on
 * the API and as the error page elsewhere. JSON bodies are held to the same rule by {@link StrictJsonConfiguration}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class InputBoundaryFilter extends OncePerRequestFilter {

	private final tools.jackson.databind.json.JsonMapper json;

	InputBoundaryFilter(tools.jackson.databind.json.JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refused = refused(request);
		if (refused == null) {
			chain.doFilter(request, response);
			return;
		}
		String message = refused.isEmpty() ? "The request's parameters are not valid UTF-8" : "The parameter " + refused
				+ " has characters that are not allowed";
		if (ErrorPageController.isApiPath(request.getRequestURI())) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			var problem = Problems.response(HttpStatus.BAD_REQUEST, message,
					List.of(new Problems.FieldMessage(refused.isEmpty() ? "query" : refused,
							"must be text without control characters, in UTF-8")));
			json.writeValue(response.getWriter(), problem.getBody());
			return;
		}
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	/** The name of the first refused parameter, "" when the parameters cannot be read at all, or null when all is well. */
	private static String refused(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException ex) {
			return undecodable(request.getQueryString());
		}
		for (var entry : parameters.entrySet()) {
			String name = entry.getKey();
			if (InputText.problem(name) != null) {
				return "";
			}
			for (String value : entry.getValue() == null ? List.<String>of() : List.of(entry.getValue())) {
				if (InputText.problem(value) != null) {
					return name;
				}
			}
		}
		return null;
	}

	/**
	 * When the container could not decode the parameters, the query parameter at fault, found by decoding each
	 * strictly: its name, or "" when its name is the broken part or the fault is in a form body.
	 */
	static String undecodable(String query) {
		if (query == null) {
			return "";
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String name = strictlyDecoded(eq < 0 ? pair : pair.substring(0, eq));
			if (name == null || InputText.problem(name) != null) {
				return "";
			}
			if (eq >= 0 && strictlyDecoded(pair.substring(eq + 1)) == null) {
				return name;
			}
		}
		return "";
	}

	/** The percent-decoded text, or null when it is malformed or not UTF-8 (an encoded surrogate included). */
	private static String strictlyDecoded(String encoded) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
						|| Character.digit(encoded.charAt(i + 2), 16) < 0) {
					return null;
				}
				bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		try {
			return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			return null;
		}
	}

}
