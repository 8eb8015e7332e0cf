package org.accord.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.accord.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests so malformed that Tomcat refuses them before the application sees them still get the API's problem
 * response (and a page elsewhere), without a stack trace or the server's name and version. Sent over a raw socket,
 * because no HTTP client will send them.
 */
@IntegrationTest
class RejectedRequestTests {

	@LocalServerPort
	int port;

	@Test
	void requestsTomcatRefusesAreProblemsOnTheApi() throws IOException {
		for (String target : List.of("/api/v1/agencies?x=%", "/api/v1/agencies/%2e%2e/%2e%2e/%2e%2e/", "/api/v1/agencies?x=|", "/api/v1/agencies?x={",
				"/api/v1/agencies/a|b")) {
			String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
			assertThat(status(answer)).as(target + "\n" + answer).isEqualTo(400);
			assertThat(headers(answer)).as(target).containsIgnoringCase("content-type: application/problem+json");
			assertThat(body(answer)).as(target).contains("\"status\":400");
			assertNothingRevealed(target, answer);
		}
	}

	@Test
	void aHeaderTooLargeIsAProblemOnTheApi() throws IOException {
		String answer = raw("GET /api/v1/agencies HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(40_000) + "\r\n");
		assertThat(status(answer)).as(answer).isEqualTo(400);
		assertThat(headers(answer)).containsIgnoringCase("content-type: application/problem+json");
		assertNothingRevealed("a large header", answer);
	}

	@Test
	void onAPageTheyAreAPlainPage() throws IOException {
		String answer = raw("GET /people/%2e%2e/%2e%2e/%2e%2e/ HTTP/1.1\r\nHost: localhost\r\n");
		assertThat(status(answer)).isEqualTo(400);
		assertThat(headers(answer)).containsIgnoringCase("content-type: text/html");
		assertNothingRevealed("a page", answer);
	}

	private static void assertNothingRevealed(String what, String answer) {
		assertThat(answer).as(what).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception").doesNotContain("\tat ")
			.doesNotContain("org.apache");
	}

	/** Sends the request line and headers as written, from a documentation client address, and reads the whole answer. */
	private String raw(String head) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((head + "X-Forwarded-For: 198.51.100.77\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static int status(String answer) {
		return Integer.parseInt(answer.substring(9, 12));
	}

	private static String headers(String answer) {
		int end = answer.indexOf("\r\n\r\n");
		return end < 0 ? answer : answer.substring(0, end);
	}

	private static String body(String answer) {
		int end = answer.indexOf("\r\n\r\n");
		return end < 0 ? "" : answer.substring(end + 4);
	}

}
