package org.accord.platform.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash does not break the next start: a process that runs the embedded PostgreSQL is killed hard in
 * the middle of its writes, leaving its server running as an orphan; the next start on the same data
 * directory stops the orphan cleanly and starts at the first attempt, and every write that was
 * acknowledged before the kill is there.
 */
class EmbeddedPostgresCrashTests {

	@Test
	void theFirstStartAfterAKillSucceedsAndKeepsEveryAcknowledgedWrite(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("postgres");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), data.toString())
			.redirectErrorStream(true).start();
		int acknowledged = 0;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while (acknowledged < 400 && (line = out.readLine()) != null) {
				if (line.startsWith("ACK ")) {
					acknowledged = Integer.parseInt(line.substring(4).trim());
				}
			}
			writer.destroyForcibly();
			assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(acknowledged).as("writes acknowledged before the kill").isGreaterThanOrEqualTo(400);
		assertThat(OrphanedServer.runningServer(data)).as("the killed process left its PostgreSQL running").isPresent();

		EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
		try (var database = configuration.embeddedPostgres(data, 0, true); var pool = configuration.dataSource(database, 2)) {
			JdbcClient jdbc = JdbcClient.create(pool);
			assertThat(jdbc.sql("select count(*) from acknowledged where n <= ?").param(acknowledged).query(Integer.class).single())
				.as("every acknowledged write survived").isEqualTo(acknowledged);
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
		}
	}

}
