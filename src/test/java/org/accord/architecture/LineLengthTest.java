package org.accord.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No line of main code is longer than 120 characters; a tab counts as one. */
class LineLengthTest {

	static final int LIMIT = 120;

	@Test
	void noLineOfMainCodeIsLongerThan120Characters() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path file : javaFiles()) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.codePointCount(0, line.length()) > LIMIT) {
					tooLong.add(file.toString().replace('\\', '/') + ":" + (i + 1));
				}
			}
		}
		assertThat(javaFiles()).as("main code read").hasSizeGreaterThan(200);
		assertThat(tooLong).as("lines longer than %d characters", LIMIT).isEmpty();
	}

	private static List<Path> javaFiles() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
	}

}
