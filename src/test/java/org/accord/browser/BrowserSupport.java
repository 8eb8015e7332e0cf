package org.accord.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Playwright driving Debian's Chromium. Without a chromium on the PATH the browser tests are
 * skipped with a message, unless ACCORD_REQUIRE_BROWSER=true (as in CI), when they fail instead.
 */
public final class BrowserSupport implements ExecutionCondition {

	static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (chromium().isPresent()) {
			return ConditionEvaluationResult.enabled("chromium found at " + chromium().get());
		}
		if ("true".equalsIgnoreCase(System.getenv("ACCORD_REQUIRE_BROWSER"))) {
			return ConditionEvaluationResult.enabled("ACCORD_REQUIRE_BROWSER is set: the test will fail without chromium");
		}
		String message = "Browser tests skipped: no 'chromium' on the PATH. Install Debian's chromium "
				+ "(apt-get install chromium) to run them; .ci/run does.";
		System.err.println(message);
		return ConditionEvaluationResult.disabled(message);
	}

	static Optional<Path> chromium() {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String dir : path.split(File.pathSeparator)) {
			for (String name : List.of("chromium", "chromium-browser")) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser launch(Playwright playwright) {
		Path executable = chromium().orElseThrow(() -> new AssertionError(
				"ACCORD_REQUIRE_BROWSER is set but there is no chromium on the PATH"));
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync")));
	}

	/** Runs axe on the page as it is now and fails with a readable list of every violation. */
	static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(AXE_TAGS).analyze();
		String report = results.getViolations()
			.stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		assertThat(results.getViolations()).as("axe violations on %s:%n%s", page.url(), report).isEmpty();
		assertThat(results.getPasses()).as("axe ran its checks on %s", page.url()).isNotEmpty();
	}

}
