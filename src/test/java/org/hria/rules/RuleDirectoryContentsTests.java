package org.hria.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every file under {@code rules/} is a rule file Drools loads, or one of the few data files hria's
 * own code reads on purpose. A decision table saved as a plain {@code .csv} (which Drools would
 * ignore silently) fails here.
 */
class RuleDirectoryContentsTests {

	/** Read by org.hria.recommendation (deadline rules and the holiday calendar), not by Drools. */
	private static final Set<String> OWN_DATA_FILES = Set.of("recommendations/deadlines.csv",
			"recommendations/holidays-kr.csv", "recommendations/README.md", "recommendations/taxonomy.csv",
			"recommendations/triage.csv");

	@Test
	void everyFileIsARuleFileOrAKnownDataFile() throws IOException {
		Path root = Path.of("rules");
		List<String> files;
		try (Stream<Path> paths = Files.walk(root)) {
			files = paths.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/')).toList();
		}
		assertThat(files).filteredOn(file -> !RuleDirectory.isRuleFile(file) && !OWN_DATA_FILES.contains(file))
			.as("files under rules/ that Drools would ignore (name decision tables *.drl.csv)")
			.isEmpty();
	}

}
