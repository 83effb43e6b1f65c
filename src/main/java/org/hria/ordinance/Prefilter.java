package org.hria.ordinance;

import java.util.regex.Matcher;

/**
 * Runs a regular expression only where it can start: at a character of {@code starts}. Gives the
 * same matches as {@link Matcher#find()} for an expression whose every match begins with one of
 * those characters and that has no anchors or look-behind, without trying every offset of a long text.
 */
final class Prefilter {

	private Prefilter() {
	}

	/** Like {@code m.find()} from {@code from}; the match is then in {@code m}. */
	static boolean find(Matcher m, CharSequence text, int from, String starts) {
		for (int i = from; i < text.length(); i++) {
			if (starts.indexOf(text.charAt(i)) >= 0 && m.region(i, text.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

}
