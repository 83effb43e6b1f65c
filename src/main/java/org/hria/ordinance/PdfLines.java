package org.hria.ordinance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Spec 1.1 for PDF text: drops bare page numbers and running headers or footers (a short line
 * repeated on several pages), and joins lines broken inside a sentence, keeping the line starts
 * where structure markers live.
 */
final class PdfLines {

	private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*[-–]?\\s*\\d{1,4}\\s*[-–]?\\s*$|^\\s*(Page|page)\\s+\\d+(\\s+of\\s+\\d+)?\\s*$");

	private static final Pattern MARKER = Pattern.compile(
			"^(제\\d+(조|장|절|관|편)|부칙|附則|\\[?별표|\\[?별지|[①-⑳㉑-㉟]|\\(\\d+\\)|\\d+(의\\d+)?\\.\\s|[가-하]\\.\\s|Article |Section |SECTION |Sec\\.|§|Rule |Part |Chapter |CHAPTER |\\([a-zA-Z0-9]{1,4}\\)\\s)");

	private static final Pattern SENTENCE_END = Pattern.compile(".*([.:;!?。」)\\]]|다|음)\\s*$");

	private PdfLines() {
	}

	static String clean(String text) {
		String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
		Map<String, Integer> repeats = new HashMap<>();
		for (String line : lines) {
			if (!line.isBlank() && line.strip().length() < 60) {
				repeats.merge(line.strip(), 1, Integer::sum);
			}
		}
		List<String> kept = new ArrayList<>();
		for (String line : lines) {
			String stripped = line.strip();
			boolean running = repeats.getOrDefault(stripped, 0) >= 3 && !MARKER.matcher(stripped).find();
			if (PAGE_NUMBER.matcher(line).matches() || running) {
				continue;
			}
			if (!kept.isEmpty() && !stripped.isEmpty() && joins(kept.get(kept.size() - 1), stripped)) {
				kept.set(kept.size() - 1, kept.get(kept.size() - 1).stripTrailing() + " " + stripped);
			}
			else {
				kept.add(line);
			}
		}
		return String.join("\n", kept);
	}

	private static boolean joins(String previous, String line) {
		return !previous.isBlank() && !MARKER.matcher(line).find() && !SENTENCE_END.matcher(previous).matches();
	}

}
