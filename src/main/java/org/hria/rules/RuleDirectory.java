package org.hria.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules directory on disk: {@code <domain>/<any sub folders>/<name>.drl|.drl.csv|.drl.xlsx}.
 * Paths handed in from outside are checked against this shape, so no upload can leave the
 * directory or add a file Drools would silently ignore.
 */
class RuleDirectory {

	private static final Pattern RULE_FILE = Pattern
		.compile("[a-z][a-z0-9-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+\\.(drl|drl\\.csv|drl\\.xlsx)");

	private final Path root;

	RuleDirectory(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	Path root() {
		return root;
	}

	static boolean isRuleFile(String relativePath) {
		return RULE_FILE.matcher(relativePath).matches() && !relativePath.contains("..");
	}

	/** Every rule file, by path relative to the root with '/' separators, in a stable order. */
	Map<String, byte[]> readAll() {
		if (!Files.isDirectory(root)) {
			throw new RuleCompilationException(
					java.util.List.of(new RuleProblem(root.toString(), 0, "the rules directory does not exist")));
		}
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			paths.filter(Files::isRegularFile).forEach(path -> {
				String relative = relative(path);
				if (isRuleFile(relative)) {
					files.put(relative, read(path));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	Optional<byte[]> read(String relativePath) {
		if (!isRuleFile(relativePath)) {
			return Optional.empty();
		}
		Path path = root.resolve(relativePath).normalize();
		return Files.isRegularFile(path) ? Optional.of(read(path)) : Optional.empty();
	}

	/** Replaces a file atomically, so another instance polling the directory never reads half a file. */
	void write(String relativePath, byte[] content) {
		Path target = root.resolve(relativePath).normalize();
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
			Files.write(temp, content);
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String relative(Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}

	private static byte[] read(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
