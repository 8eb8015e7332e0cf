package org.accord.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on Accord's data directory by an Accord that was killed (kill -9, an IDE's
 * stop button, the OOM killer) is stopped before the next start, which would otherwise fail with "Is
 * another postmaster running". A live Accord holds the embedded server's lock file; a killed one's lock
 * was released by the operating system, which is how an orphan is told from a server in use.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private OrphanedServer() {
	}

	/** Stops the orphan, if there is one, waiting up to {@code patience} for it to shut down cleanly. */
	static void stopIfOrphaned(Path dataDir, Duration patience) throws IOException {
		Optional<ProcessHandle> server = runningServer(dataDir);
		if (server.isEmpty() || inUse(dataDir)) {
			return;
		}
		ProcessHandle postgres = server.get();
		log.warn("PostgreSQL (process {}) was left running on {} by an Accord that did not shut down; stopping it cleanly",
				postgres.pid(), dataDir.toAbsolutePath().normalize());
		// SIGTERM is PostgreSQL's smart shutdown: the dead Accord's connections are gone, so it checkpoints and exits.
		postgres.destroy();
		if (!waitFor(postgres, patience)) {
			log.warn("PostgreSQL (process {}) did not stop in {}; ending it, and it will recover from its log on start",
					postgres.pid(), patience);
			postgres.destroyForcibly();
			waitFor(postgres, Duration.ofSeconds(10));
		}
	}

	/** The postmaster named by the data directory's pid file, if that process is alive. */
	static Optional<ProcessHandle> runningServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
	}

	/** Whether a live embedded server holds the data directory: its lock file cannot be locked. */
	private static boolean inUse(Path dataDir) throws IOException {
		Path lockFile = dataDir.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
	}

	private static boolean waitFor(ProcessHandle process, Duration patience) {
		try {
			process.onExit().get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return false;
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

}
