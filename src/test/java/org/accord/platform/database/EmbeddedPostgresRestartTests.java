package org.accord.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresRestartTests {

	private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

	@Test
	void aSecondStartReusesTheDataOfTheFirst(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("postgres");
		try (var database = configuration.embeddedPostgres(data, 0, false);
				var pool = configuration.dataSource(database, 2)) {
			JdbcClient.create(pool).sql("create table kept (note text)").update();
			JdbcClient.create(pool).sql("insert into kept values ('still here')").update();
		}
		assertThat(data.resolve("PG_VERSION")).exists();

		try (var database = configuration.embeddedPostgres(data, 0, true);
				var pool = configuration.dataSource(database, 2)) {
			assertThat(JdbcClient.create(pool).sql("select note from kept").query(String.class).single())
				.isEqualTo("still here");
		}
		assertThat(Files.exists(data)).as("deleted on shutdown when asked").isFalse();
	}

}
