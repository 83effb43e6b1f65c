package org.hria.corporate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.hria.rules.Checksums;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads {@code <hria.checklists-dir>/corporate-hrm.csv}. The file is read again on every use
 * and parsed only when its checksum changed, so an edited checklist is used by the next new
 * assessment; stored assessments keep the results computed with their own version.
 */
@Component
class ChecklistStore {

	static final String FILE = "corporate-hrm.csv";

	private final Path file;

	private final AtomicReference<Checklist> cached = new AtomicReference<>();

	ChecklistStore(@Value("${hria.checklists-dir:./checklists}") Path directory) {
		this.file = directory.resolve(FILE);
	}

	Checklist current() {
		byte[] content = read();
		Checklist known = cached.get();
		if (known != null && known.sha256().equals(Checksums.sha256(content))) {
			return known;
		}
		Checklist parsed = Checklist.parse(content);
		cached.set(parsed);
		return parsed;
	}

	private byte[] read() {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The corporate checklist " + file.toAbsolutePath() + " cannot be read", ex);
		}
	}

}
