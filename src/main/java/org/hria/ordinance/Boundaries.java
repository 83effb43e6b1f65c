package org.hria.ordinance;

/**
 * Where a literal hit counts. English: whole words, with plurals ({@code -s}, {@code -es}) and
 * possessives; a row ending in {@code *} is a stem. Korean: substrings, except a two-syllable term
 * right after another Hangul syllable (회장님 is not 장님).
 */
final class Boundaries {

	private Boundaries() {
	}

	static boolean accept(LexiconEntry entry, String text, int start, int end) {
		if ("en".equals(entry.lang())) {
			return !letter(text, start - 1) && (entry.stem() || end(entry, text, end) >= 0 && !letter(text, end(entry, text, end)));
		}
		if (entry.isTerm() && entry.literal().length() == 2 && hangul(text, start - 1)) {
			return false;
		}
		return true;
	}

	/** The end of an English word hit including a plural or possessive ending. */
	static int end(LexiconEntry entry, String text, int end) {
		if (!"en".equals(entry.lang()) || entry.stem()) {
			return end;
		}
		if (text.startsWith("'s", end) || text.startsWith("’s", end)) {
			return end + 2;
		}
		if (text.startsWith("es", end) && !letter(text, end + 2)) {
			return end + 2;
		}
		if (text.startsWith("s", end) && !letter(text, end + 1)) {
			return end + 1;
		}
		if (text.startsWith("s'", end)) {
			return end + 2;
		}
		return end;
	}

	/** A Korean term followed by 회 (미망인회) names an association, not a person. */
	static boolean insideOrganisationName(String text, int end) {
		return end < text.length() && text.charAt(end) == '회';
	}

	private static boolean letter(String text, int index) {
		return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
	}

	private static boolean hangul(String text, int index) {
		if (index < 0 || index >= text.length()) {
			return false;
		}
		char c = text.charAt(index);
		return c >= '가' && c <= '힣';
	}

}
