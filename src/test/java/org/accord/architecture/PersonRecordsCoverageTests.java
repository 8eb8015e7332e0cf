package org.accord.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.accord.sharing.PersonRecords;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing about a person is left out of subject access and retention: every table a module's
 * migrations give a person column must be read and removed by a {@link PersonRecords} of that module,
 * found by its name in the implementation's source. A new module's table fails here until it plugs in.
 */
class PersonRecordsCoverageTests {

	/** Tables about a person that no {@link PersonRecords} handles, each with why. */
	static final Map<String, String> NOT_PERSON_RECORDS = Map.of(
			"audit_event", "the audit trail is append-only (ADR 0004): who saw what, kept whole",
			"notification", "messages to workers, not the person's record; removed with the person by RetentionRun (Notifications.removeAbout)",
			"retention_removal", "the list of what retention removed, without content",
			"person_merge", "which records were merged; goes with the person row (on delete cascade)",
			"person", "the record itself: erased by RetentionRun once every period is over",
			"person_alias", "derived by a trigger from the aliases profile value (ProfileRecords), and goes with it");

	private static final Pattern CREATE = Pattern.compile("create table (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);

	private static final Pattern ALTER = Pattern.compile("alter table (\\w+) add column (\\w*person_id) ");

	@Test
	void everyTableAboutAPersonIsHandledByAPersonRecordsOfItsModule() throws IOException {
		Map<String, String> tables = personTables();
		assertThat(tables).as("tables with a person column, by module").containsKeys("chronology_entry", "appointment", "person_field",
			"involvement", "lead_professional", "relationship", "confidential_location", "subject_access_request", "consent",
			"sharing_decision", "notification", "person");
		Map<String, String> sources = implementations();
		assertThat(sources).as("PersonRecords implementations").hasSizeGreaterThanOrEqualTo(9);
		List<String> uncovered = new ArrayList<>();
		tables.forEach((table, module) -> {
			if (NOT_PERSON_RECORDS.containsKey(table)) {
				return;
			}
			boolean covered = sources.entrySet().stream()
				.anyMatch(e -> e.getKey().startsWith("org.accord." + module + ".") && e.getValue().contains(" " + table + " "));
			if (!covered) {
				uncovered.add(module + "." + table);
			}
		});
		assertThat(uncovered).as("tables about a person that no PersonRecords of their module reads and removes").isEmpty();
	}

	/** Table name to module, for every table with a person_id (or related_person_id) column. */
	private static Map<String, String> personTables() throws IOException {
		Map<String, String> tables = new TreeMap<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				String module = file.getParent().getFileName().toString();
				String sql = Files.readString(file).toLowerCase(Locale.ROOT);
				Matcher create = CREATE.matcher(sql);
				while (create.find()) {
					if (create.group(2).matches("(?s).*\\b\\w*person_id\\s+uuid.*") || create.group(1).equals("person")) {
						tables.put(create.group(1), module);
					}
				}
				Matcher alter = ALTER.matcher(sql);
				while (alter.find()) {
					tables.put(alter.group(1), module);
				}
			}
		}
		return tables;
	}

	/** Class name to source text of every implementation. */
	private static Map<String, String> implementations() throws IOException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(PersonRecords.class));
		Map<String, String> sources = new TreeMap<>();
		for (BeanDefinition bean : scanner.findCandidateComponents("org.accord")) {
			String name = bean.getBeanClassName();
			sources.put(name, Files.readString(Path.of("src/main/java", name.replace('.', '/') + ".java")));
		}
		return sources;
	}

}
