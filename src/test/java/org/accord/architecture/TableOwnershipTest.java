package org.accord.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the owning module reads its tables: a module's SQL names only the tables its own migrations create,
 * and asks another module through its public types. The exceptions are listed here, each with why.
 */
class TableOwnershipTest {

	/** Another module's table a module may name, and why. */
	static final Map<String, String> SHARED = Map.of(
			"agency", "identity's directory of who is who: joined for an agency's name wherever a record shows its source",
			"app_user", "identity's directory of who is who: joined for a worker's name wherever a record shows its author");

	/** Files that may name another module's tables, and why. */
	static final Map<String, String> EXCUSED = Map.of(
			"sharing/internal/SharingDemoData.java",
			"the demo data finds Sylvia's record and its agencies, and sharing cannot depend on people");

	private static final Pattern TABLE_USE = Pattern.compile("\\b(?:from|join|into|update)\\s+(\\w+)\\b");

	@Test
	void aModulesSqlNamesOnlyItsOwnTables() throws IOException {
		Map<String, String> owners = owners();
		assertThat(owners).containsEntry("person", "people").containsEntry("consent", "sharing").containsEntry("audit_event", "audit");
		TreeSet<String> trespass = new TreeSet<>();
		Path root = Path.of("src/main/java/org/accord");
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String relative = root.relativize(file).toString().replace('\\', '/');
				if (!relative.contains("/") || EXCUSED.containsKey(relative)) {
					continue;
				}
				String module = relative.substring(0, relative.indexOf('/'));
				if (module.isEmpty()) {
					continue;
				}
				// Comments may say "from involvement"; only code counts.
				String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
				Matcher use = TABLE_USE.matcher(code);
				while (use.find()) {
					String owner = owners.get(use.group(1));
					if (owner != null && !owner.equals(module) && !SHARED.containsKey(use.group(1))) {
						trespass.add(relative + " names " + owner + "'s table " + use.group(1));
					}
				}
			}
		}
		assertThat(trespass).as("SQL naming another module's tables: ask that module's public service instead").isEmpty();
	}

	private static Map<String, String> owners() throws IOException {
		Map<String, String> owners = new TreeMap<>();
		Pattern create = Pattern.compile("create table (\\w+)");
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				Matcher m = create.matcher(Files.readString(file));
				while (m.find()) {
					owners.put(m.group(1), file.getParent().getFileName().toString());
				}
			}
		}
		return owners;
	}

}
