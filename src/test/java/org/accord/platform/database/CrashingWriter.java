package org.accord.platform.database;

import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Run as its own process by {@link EmbeddedPostgresCrashTests}: starts the embedded PostgreSQL on a data
 * directory and writes numbered rows until it is killed, printing each number once its commit returned.
 */
public final class CrashingWriter {

	private CrashingWriter() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
		var database = configuration.embeddedPostgres(Path.of(args[0]), 0, false);
		var pool = configuration.dataSource(database, 2);
		JdbcClient jdbc = JdbcClient.create(pool);
		jdbc.sql("create table if not exists acknowledged (n integer primary key)").update();
		for (int n = 1; n < 1_000_000; n++) {
			jdbc.sql("insert into acknowledged (n) values (?)").param(n).update();
			System.out.println("ACK " + n);
		}
	}

}
