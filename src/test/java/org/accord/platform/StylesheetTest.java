package org.accord.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Compiles src/main/scss/accord.scss (GOV.UK Frontend without its licensed font) with the Dart Sass
 * binary shipped in sass-embedded-bundled, and checks the committed CSS is exactly that output.
 * Run with -Daccord.css.write=true to rewrite the committed file after changing the Sass.
 */
class StylesheetTest {

	private static final Path SOURCE = Path.of("src/main/scss/accord.scss");

	private static final Path COMMITTED = Path.of("src/main/resources/static/css/accord.css");

	private static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.14.0/";

	@Test
	void committedCssIsTheCompiledSass(@TempDir Path work) throws Exception {
		assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux")
				&& System.getProperty("os.arch").matches("amd64|x86_64"), "Dart Sass binary used here is linux-x64");
		Path sass = unpackSass(work);
		Path frontend = unpackGovukFrontend(work);
		Path out = work.resolve("accord.css");
		Process process = new ProcessBuilder(sass.toString(), "--no-source-map", "--style=compressed", "--quiet-deps",
				"--silence-deprecation=import", "--load-path=" + frontend.resolve("dist"), SOURCE.toString(),
				out.toString())
			.redirectErrorStream(true)
			.start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(log).isZero();
		String compiled = Files.readString(out);
		if (Boolean.getBoolean("accord.css.write")) {
			Files.writeString(COMMITTED, compiled);
		}
		assertThat(Files.readString(COMMITTED)).as("Run this test with -Daccord.css.write=true to update %s", COMMITTED)
			.isEqualTo(compiled);
	}

	@Test
	void theStylesheetCarriesNoGovukBrandFont() throws IOException {
		String css = Files.readString(COMMITTED);
		assertThat(css).doesNotContain("GDS Transport").doesNotContain("@font-face").contains("system-ui");
	}

	private static Path unpackSass(Path work) throws IOException, InterruptedException {
		Path archive = work.resolve("dart-sass.tar.gz");
		try (InputStream in = resource("de/larsgrefer/sass/embedded/bundled/dart-sass-linux-x64.tar.gz").openStream()) {
			Files.copy(in, archive);
		}
		Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", work.toString()).inheritIO().start();
		assertThat(tar.waitFor()).isZero();
		return work.resolve("dart-sass/sass");
	}

	private static Path unpackGovukFrontend(Path work) throws IOException {
		Path root = work.resolve("govuk-frontend");
		JarURLConnection connection = (JarURLConnection) resource(GOVUK + "package.json").openConnection();
		try (JarFile jar = connection.getJarFile()) {
			for (var entries = jar.entries(); entries.hasMoreElements();) {
				var entry = entries.nextElement();
				if (entry.isDirectory() || !entry.getName().startsWith(GOVUK + "dist/")) {
					continue;
				}
				Path target = root.resolve(entry.getName().substring(GOVUK.length()));
				Files.createDirectories(target.getParent());
				try (InputStream in = jar.getInputStream(entry)) {
					Files.copy(in, target);
				}
			}
		}
		return root;
	}

	private static URL resource(String name) {
		URL url = StylesheetTest.class.getClassLoader().getResource(name);
		assertThat(url).as(name + " on the test classpath").isNotNull();
		return url;
	}

}
