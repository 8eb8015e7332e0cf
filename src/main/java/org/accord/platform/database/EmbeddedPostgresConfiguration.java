package org.accord.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Without {@code spring.datasource.url} Accord runs its own PostgreSQL 17, so a fresh clone needs
 * nothing installed. The data directory survives restarts unless the caller (tests) asks for a clean one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	static final String DATABASE = "accord";

	@Bean
	EmbeddedDatabase embeddedPostgres(@Value("${accord.embedded-db.data-dir:./data/postgres}") Path dataDir,
			@Value("${accord.embedded-db.port:0}") int port,
			@Value("${accord.embedded-db.delete-on-shutdown:false}") boolean deleteOnShutdown) throws IOException {
		Files.createDirectories(dataDir.getParent() == null ? dataDir.toAbsolutePath().getParent() : dataDir.getParent());
		OrphanedServer.stopIfOrphaned(dataDir, java.time.Duration.ofSeconds(30));
		// An acknowledged write must survive the machine failing too, so commits wait for the log (the library turns this
		// off).
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir.toFile())
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "64MB")
			.setServerConfig("synchronous_commit", "on");
		if (port > 0) {
			builder.setPort(port);
		}
		long started = System.nanoTime();
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(),
				dataDir.toAbsolutePath().normalize(), (System.nanoTime() - started) / 1_000_000);
		createDatabaseIfAbsent(postgres.getPostgresDatabase());
		return new EmbeddedDatabase(postgres, dataDir, deleteOnShutdown);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedDatabase database,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.postgres().getJdbcUrl("postgres", DATABASE));
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("accord-embedded");
		return new HikariDataSource(config);
	}

	private static void createDatabaseIfAbsent(DataSource admin) {
		try (Connection c = admin.getConnection(); var st = c.createStatement()) {
			var rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
			if (!rs.next()) {
				st.execute("create database " + DATABASE + " encoding 'UTF8'");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the embedded database", ex);
		}
	}

	/**
	 * Closed after the pool (the pool depends on it), so PostgreSQL shuts down cleanly with no open connections.
	 */
	public record EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, boolean deleteOnShutdown)
			implements AutoCloseable {

		public int port() {
			return postgres.getPort();
		}

		@Override
		public void close() throws IOException {
			postgres.close();
			if (deleteOnShutdown) {
				FileSystemUtils.deleteRecursively(dataDir);
			}
		}

	}

}
