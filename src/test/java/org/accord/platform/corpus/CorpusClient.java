package org.accord.platform.corpus;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.support.Json;

/**
 * One demo user as a browser (its own cookies, its CSRF token) and as an API client (its bearer token). Every
 * request names a documentation client address (198.51.100.0/24) in X-Forwarded-For, so that refused sign-ins
 * slow that address and never the loopback address the other tests sign in from.
 */
final class CorpusClient {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"accord-csrf-token\" content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");

	record Answer(int status, String body, String contentType, String location) {

		boolean problem() {
			return contentType != null && contentType.startsWith("application/problem+json");
		}

	}

	private final String base;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

	final String username;

	private String csrf;

	private String token;

	private CorpusClient(int port, String username) {
		this.base = "http://localhost:" + port;
		this.username = username;
	}

	/** Nobody signed in: for signing in itself, so that no mutation can replace a signed-in session. */
	static CorpusClient anonymous(int port) {
		CorpusClient client = new CorpusClient(port, null);
		client.csrf = client.readCsrf("/sign-in", 254);
		return client;
	}

	static CorpusClient signedIn(int port, String username, int address) {
		CorpusClient client = new CorpusClient(port, username);
		String pageToken = client.readCsrf("/sign-in", address);
		String form = "username=" + username + "&password=accord-demo&_csrf=" + Mutations.encode(pageToken);
		Answer signIn = client.send("POST", "/sign-in", "application/x-www-form-urlencoded", form, false, address);
		if (signIn.status() != 302) {
			throw new AssertionError("Signing in " + username + " answered " + signIn.status());
		}
		client.csrf = client.readCsrf("/", address);
		Answer token = client.send("POST", "/api/v1/auth/token", "application/json",
				Json.of("username", username, "password", "accord-demo"), false, address);
		Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
		if (!m.find()) {
			throw new AssertionError("No token for " + username + ": " + token.status() + " " + token.body());
		}
		client.token = m.group(1);
		return client;
	}

	String csrf() {
		return csrf;
	}

	/** Sends a request as this user: with the bearer token when {@code bearer}, else with the session's cookies. */
	Answer send(String method, String pathAndQuery, String contentType, String body, boolean bearer, int address) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
			.timeout(Duration.ofSeconds(60))
			.header("X-Forwarded-For", "198.51.100." + address)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			b.header("Content-Type", contentType);
		}
		if (bearer && token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		if (!bearer && csrf != null && !method.equals("GET") && !method.equals("POST")) {
			b.header("X-CSRF-TOKEN", csrf);
		}
		try {
			HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(null),
					r.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + pathAndQuery.substring(0, Math.min(200, pathAndQuery.length())), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String readCsrf(String page, int address) {
		Answer r = send("GET", page, null, null, false, address);
		Matcher m = CSRF.matcher(r.body());
		if (!m.find()) {
			throw new AssertionError("No CSRF token on " + page + " (status " + r.status() + ")");
		}
		return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&#45;", "-");
	}

}
