package org.hria.ordinance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a range of text into sentences without breaking at abbreviations (Sec., No., U.S.) or item numbers. */
final class Sentences {

	private static final Set<String> ABBREVIATIONS = Set.of("sec", "secs", "no", "nos", "art", "ord", "st", "mr",
			"mrs", "ms", "dr", "inc", "co", "corp", "ltd", "vs", "etc", "seq", "ch", "subd", "par", "para", "e.g",
			"i.e", "u.s", "cf", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "oct", "nov",
			"dec", "ft", "sq", "max", "min", "rev", "stat", "id", "v");

	private static final int LONGEST = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

	private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern
		.compile("\\d+(의\\d+)?|[a-z](\\.[a-z])+|\\d+(-\\d+)+(\\.\\d+)?");

	private Sentences() {
	}

	static List<int[]> split(String text, int start, int end) {
		List<int[]> sentences = new ArrayList<>();
		int from = start;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			boolean terminal = c == '.' || c == '?' || c == '!' || c == '。';
			if (terminal && (i + 1 >= end || Character.isWhitespace(text.charAt(i + 1))) && !abbreviation(text, from, i)) {
				add(sentences, text, from, i + 1);
				from = i + 1;
			}
		}
		add(sentences, text, from, end);
		return sentences;
	}

	private static boolean abbreviation(String text, int from, int dot) {
		int wordStart = dot;
		while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))
				&& text.charAt(wordStart - 1) != '(') {
			wordStart--;
		}
		if (dot - wordStart > LONGEST && plainWord(text, wordStart, dot)) {
			return false;
		}
		String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
		boolean digits = true;
		boolean digitOrDot = false;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			digits &= Character.isDigit(c);
			digitOrDot |= c == '.' || c >= '0' && c <= '9';
		}
		if (word.length() <= 1 || digits) {
			return true;
		}
		return ABBREVIATIONS.contains(word) || digitOrDot && NUMBERED.matcher(word).matches();
	}

	/**
	 * True for a word that cannot be an abbreviation or a number when longer than every abbreviation:
	 * neither all digits nor with a dot or an ASCII digit (lower-casing never shortens a word).
	 */
	private static boolean plainWord(String text, int start, int end) {
		boolean digits = true;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c == '.' || c >= '0' && c <= '9') {
				return false;
			}
			digits &= Character.isDigit(c);
		}
		return !digits;
	}

	private static void add(List<int[]> sentences, String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			sentences.add(new int[] { start, end });
		}
	}

}
