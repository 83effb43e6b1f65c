package org.hria.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One folder {@code test-cases/<domain>/<NNN-a-sentence-as-name>/} with its input files and an
 * {@code expected.json}: {@code firedRules} (the exact list of rule ids that fire, one per
 * finding, in any order), {@code nearMissOf} (rules this case almost triggers and that must not
 * fire) and {@code result} (a part of the domain's answer that must match).
 */
record TestCase(String domain, Path directory, String number, String name, JsonNode expected) {

	static final Path ROOT = Path.of("test-cases");

	private static final Pattern FOLDER = Pattern.compile("(\\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static List<TestCase> all() {
		List<TestCase> cases = new ArrayList<>();
		for (Path domain : list(ROOT)) {
			for (Path folder : list(domain)) {
				cases.add(read(domain.getFileName().toString(), folder));
			}
		}
		return cases;
	}

	static Optional<Matcher> parseFolderName(String folderName) {
		Matcher matcher = FOLDER.matcher(folderName);
		return matcher.matches() ? Optional.of(matcher) : Optional.empty();
	}

	private static TestCase read(String domain, Path folder) {
		String folderName = folder.getFileName().toString();
		Matcher matcher = parseFolderName(folderName).orElse(null);
		Path expectedFile = folder.resolve("expected.json");
		JsonNode expected = Files.isRegularFile(expectedFile) ? JSON.readTree(expectedFile.toFile()) : null;
		return new TestCase(domain, folder, matcher == null ? null : matcher.group(1),
				matcher == null ? folderName : matcher.group(2).replace('-', ' '), expected);
	}

	List<String> firedRules() {
		return strings("firedRules");
	}

	List<String> nearMissOf() {
		return strings("nearMissOf");
	}

	Optional<JsonNode> result() {
		return expected == null || !expected.has("result") ? Optional.empty() : Optional.of(expected.get("result"));
	}

	String displayName() {
		return directory.getFileName().toString();
	}

	private List<String> strings(String field) {
		List<String> values = new ArrayList<>();
		if (expected != null && expected.has(field)) {
			expected.get(field).forEach(node -> values.add(node.asString()));
		}
		return values;
	}

	private static List<Path> list(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(directory)) {
			return children.filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
