package org.hria.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable word diff of the draft and the adopted text: runs of SAME, REMOVED and ADDED text.
 * Words are split at white space (a Korean eojeol counts as one word); line breaks are kept.
 */
final class TextDiff {

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	/** Above this many word pairs the middle part is shown as removed then added, not aligned. */
	private static final long MAX_CELLS = 4_000_000;

	private TextDiff() {
	}

	record Segment(String op, String text) {
	}

	static List<Segment> of(String draft, String adopted) {
		List<String> a = tokens(draft);
		List<String> b = tokens(adopted);
		int prefix = 0;
		while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < a.size() - prefix && suffix < b.size() - prefix
				&& a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
			suffix++;
		}
		List<Segment> out = new ArrayList<>();
		a.subList(0, prefix).forEach(t -> add(out, "SAME", t));
		middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), out);
		a.subList(a.size() - suffix, a.size()).forEach(t -> add(out, "SAME", t));
		return out;
	}

	static boolean changed(List<Segment> segments) {
		return segments.stream().anyMatch(s -> !s.op().equals("SAME"));
	}

	private static void middle(List<String> a, List<String> b, List<Segment> out) {
		if ((long) a.size() * b.size() > MAX_CELLS) {
			a.forEach(t -> add(out, "REMOVED", t));
			b.forEach(t -> add(out, "ADDED", t));
			return;
		}
		int[][] lcs = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				add(out, "SAME", a.get(i++));
				j++;
			}
			else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
				add(out, "REMOVED", a.get(i++));
			}
			else {
				add(out, "ADDED", b.get(j++));
			}
		}
	}

	/** Appends to the last run when it has the same operation, so the result reads as phrases. */
	private static void add(List<Segment> out, String op, String token) {
		if (!out.isEmpty() && out.get(out.size() - 1).op().equals(op)) {
			Segment last = out.remove(out.size() - 1);
			out.add(new Segment(op, last.text() + token));
		}
		else {
			out.add(new Segment(op, token));
		}
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text == null ? "" : text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

}
