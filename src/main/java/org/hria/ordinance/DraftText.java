package org.hria.ordinance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft after normalisation (spec 1.1). {@code text} is what spans point into and quotes come
 * from; {@code matchText} has the same length and is what rules match: middle dots unified,
 * amendment tags and the old terms of amendment instructions blanked out, English lower-cased.
 */
record DraftText(String text, String matchText, List<int[]> instrumentTitles) {

	private static final Pattern AMENDMENT_TAG = Pattern
		.compile("<(개정|신설|전문개정|본조신설|제정|타법개정)[^>\\n]{0,40}>|\\[(전문개정|본조신설|본조삭제|제목개정|종전|시행일)[^\\]\\n]{0,60}\\]");

	private static final Pattern AMENDMENT_INSTRUCTION = Pattern
		.compile("\"([^\"\\n]{1,80})\"\\s*(?:을|를)\\s*\"[^\"\\n]{0,80}\"\\s*(?:으로|로)\\s*(?:하고|하며|한다)");

	private static final Pattern EN_AMENDMENT = Pattern
		.compile("(?:striking|strike|deleting|delete)(?: out)? (?:the words? )?\"([^\"\\n]{1,80})\"");

	private static final Pattern INSTRUMENT_TITLE = Pattern.compile("「[^」\\n]{0,120}」");

	static DraftText of(String raw) {
		String text = normalise(raw);
		char[] match = text.toCharArray();
		for (int i = 0; i < match.length; i++) {
			match[i] = forMatching(match[i]);
		}
		String source = new String(match);
		source = blank(match, AMENDMENT_TAG, source, 0, "<", "[");
		source = blank(match, AMENDMENT_INSTRUCTION, source, 1, "\"");
		source = blank(match, EN_AMENDMENT, source, 1, "strik", "delet");
		List<int[]> titles = new ArrayList<>();
		Matcher m = INSTRUMENT_TITLE.matcher(text);
		for (int from = 0; Prefilter.find(m, text, from, "「"); from = m.end()) {
			titles.add(new int[] { m.start(), m.end() });
		}
		return new DraftText(text, source, titles);
	}

	static String normalise(String raw) {
		String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
		int first = 0;
		while (first < text.length() && normalised(text.charAt(first)) == text.charAt(first)) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		text = text.replace("\r\n", "\n");
		char[] out = text.toCharArray();
		for (int i = 0; i < out.length; i++) {
			out[i] = normalised(out[i]);
		}
		return new String(out);
	}

	/** Full-width digits and brackets to ASCII, ideographic and no-break spaces and tabs to spaces, CR to LF. */
	private static char normalised(char c) {
		if (c >= '\uFF10' && c <= '\uFF19') {
			return (char) ('0' + (c - '\uFF10'));
		}
		return switch (c) {
			case '\uFF08' -> '(';
			case '\uFF09' -> ')';
			case '\uFF3B' -> '[';
			case '\uFF3D' -> ']';
			case '\u3000', '\u00A0', '\t' -> ' ';
			case '\r' -> '\n';
			default -> c;
		};
	}

	boolean insideInstrumentTitle(int start, int end) {
		return instrumentTitles.stream().anyMatch(range -> start >= range[0] && end <= range[1]);
	}

	String quote(int start, int end) {
		return text.substring(start, Math.min(end, start + 300));
	}

	private static char forMatching(char c) {
		if (c < 128) {
			return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
		}
		return switch (c) {
			case '·', '・', '‧', '•' -> 'ㆍ';
			case '“', '”', '″' -> '"';
			case '‘', '’' -> '\'';
			default -> c >= 'À' && c <= 'ɏ' ? Character.toLowerCase(c) : c;
		};
	}

	/**
	 * Blanks the given group of every match in {@code target}; the next pass reads the result, so
	 * the source is made anew when something was blanked.
	 */
	private static String blank(char[] target, Pattern pattern, String source, int group, String... prefixes) {
		boolean changed = false;
		Matcher m = pattern.matcher(source);
		for (int from = 0; Prefilter.find(m, source, from, prefixes); from = m.end()) {
			for (int i = m.start(group); i < m.end(group); i++) {
				if (target[i] != '\n') {
					target[i] = ' ';
					changed = true;
				}
			}
		}
		return changed ? new String(target) : source;
	}

}
