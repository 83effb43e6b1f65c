package org.hria.ordinance;

import java.util.regex.Matcher;

/**
 * Runs a regular expression only where it can start: where one of its literal prefixes occurs
 * (found with {@link String#indexOf}). Gives the same matches as {@link Matcher#find()} for an
 * expression whose every match begins with one of those prefixes (case as given), without trying
 * every offset of a long text. With the matcher's default bounds that holds for expressions without
 * anchors or look-behind; with transparent, non-anchoring bounds it holds for any.
 */
final class Prefilter {

	private static final int NONE = -1;

	private static final int UNKNOWN = -2;

	private Prefilter() {
	}

	/** Like {@code m.find()} from {@code from}; the match is then in {@code m}. */
	static boolean find(Matcher m, String text, int from, String... prefixes) {
		int[] next = new int[prefixes.length];
		java.util.Arrays.fill(next, UNKNOWN);
		for (int at = from; at < text.length(); at++) {
			int candidate = Integer.MAX_VALUE;
			for (int k = 0; k < prefixes.length; k++) {
				if (next[k] != NONE && next[k] < at) {
					next[k] = text.indexOf(prefixes[k], at);
				}
				if (next[k] >= 0) {
					candidate = Math.min(candidate, next[k]);
				}
			}
			if (candidate == Integer.MAX_VALUE) {
				return false;
			}
			if (m.region(candidate, text.length()).lookingAt()) {
				return true;
			}
			at = candidate;
		}
		return false;
	}

}
