package org.accord.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client against the running application: its own cookie jar (one browser), no
 * automatic redirects, so tests see exactly what a browser or an API client would get.
 */
public class Http {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"accord-csrf-token\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final HttpClient client;

	public Http(int port) {
		this("http://localhost:" + port);
	}

	public Http(String base) {
		this(base, HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
	}

	private final String forwardedFor;

	private Http(String base, HttpClient client) {
		this(base, client, null);
	}

	private Http(String base, HttpClient client, String forwardedFor) {
		this.base = base;
		this.client = client;
		this.forwardedFor = forwardedFor;
	}

	/** A client at another address, as a proxy in front of the nodes reports it (the test profile trusts loopback proxies). */
	public Http from(String address) {
		return new Http(base, client, address);
	}

	/** The same browser (same cookies) talking to another node behind the load balancer. */
	public Http onPort(int otherPort) {
		return new Http("http://localhost:" + otherPort, client, forwardedFor);
	}

	public record Response(int status, String body, java.net.http.HttpHeaders headers) {

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public String location() {
			return header("Location");
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String contentType() {
			return header("Content-Type");
		}

	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	public Response get(String path, String bearer) {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer).GET());
	}

	public Response send(String method, String path, String contentType, String body, String bearer) {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			b.header("Content-Type", contentType);
		}
		if (bearer != null) {
			b.header("Authorization", "Bearer " + bearer);
		}
		return send(b);
	}

	public Response postJson(String path, String json) {
		return send("POST", path, "application/json", json, null);
	}

	public Response postJson(String path, String json, String bearer) {
		return send("POST", path, "application/json", json, bearer);
	}

	/** Posts a form with a CSRF token read from {@code tokenPage}, as the browser would after loading it. */
	public Response postForm(String path, Map<String, String> fields, String tokenPage) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf(tokenPage));
		return postFormRaw(path, all);
	}

	public Response postForm(String path, Map<String, String> fields) {
		return postForm(path, fields, "/sign-in");
	}

	/** Posts an already encoded form body (for repeated fields), with a CSRF token from {@code tokenPage}. */
	public Response postUrlEncoded(String path, String body, String tokenPage) {
		String csrf = "_csrf=" + URLEncoder.encode(csrf(tokenPage), StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.isEmpty() ? csrf : body + "&" + csrf)));
	}

	public Response postFormRaw(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** POST as a form; other methods with the CSRF token as a header, as a script on the page would. */
	public Response postFormOrSend(String method, String path, Map<String, String> fields) {
		if ("POST".equals(method)) {
			return postFormRaw(path, fields);
		}
		HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
		if (fields.containsKey("_csrf")) {
			b.header("X-CSRF-TOKEN", fields.get("_csrf"));
		}
		return send(b);
	}

	public String csrf(String page) {
		Response r = get(page);
		Matcher m = CSRF_META.matcher(r.body());
		if (!m.find()) {
			m = CSRF_INPUT.matcher(r.body());
			if (!m.find()) {
				throw new AssertionError("No CSRF token on " + page + " (status " + r.status() + ")");
			}
		}
		return m.group(1).replace("&#45;", "-");
	}

	/** Signs in through the sign-in page; returns the response to the password step. */
	public Response signIn(String username, String password) {
		return postForm("/sign-in", Map.of("username", username, "password", password), "/sign-in");
	}

	/** A bearer token for a demo account, which has the demo password and no second factor. */
	public String token(String username) {
		return token(username, Demo.PASSWORD);
	}

	public String token(String username, String password) {
		Response r = postJson("/api/v1/auth/token", Json.of("username", username, "password", password));
		if (r.status() != 200) {
			throw new AssertionError("Token request failed: " + r.status() + " " + r.body());
		}
		return r.json().get("access_token").asString();
	}

	/** The body as bytes, for PDFs and downloads; {@code bearer} may be null to use the session. */
	public BinaryResponse download(String path, String bearer) {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
		if (bearer != null) {
			b.header("Authorization", "Bearer " + bearer);
		}
		try {
			HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new BinaryResponse(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record BinaryResponse(int status, byte[] body, String contentType) {

		/** The text of a PDF body, page by page, as a reader would extract it. */
		public String pdfText() {
			try (var document = org.apache.pdfbox.Loader.loadPDF(body)) {
				return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			}
			catch (IOException ex) {
				throw new AssertionError("Not a PDF: " + ex.getMessage(), ex);
			}
		}

	}

	private URI uri(String path) {
		return URI.create(base + path);
	}

	private Response send(HttpRequest.Builder builder) {
		if (forwardedFor != null) {
			builder.header("X-Forwarded-For", forwardedFor);
		}
		try {
			HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(r.statusCode(), r.body(), r.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
