package org.hria.ordinance;

/**
 * The longest literal run a regular expression always contains, used to run the expression only
 * on clauses where that run occurs. Returns null when there is none (the regex then runs on every clause).
 */
final class RegexTrigger {

	private static final String META = "\\^$.|?*+()[]{}";

	private RegexTrigger() {
	}

	static String of(String regex) {
		int depth = 0;
		String best = "";
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '|' && depth == 0) {
				return null;
			}
			char after = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
			boolean optional = after == '?' || after == '*' || after == '{';
			if (depth == 0 && META.indexOf(c) < 0 && !optional) {
				run.append(c);
				continue;
			}
			best = run.length() > best.length() ? run.toString() : best;
			run.setLength(0);
			if (c == '\\') {
				i++;
			}
			else if (c == '{') {
				int close = regex.indexOf('}', i);
				i = close < 0 ? i : close;
			}
			else if (c == '(' || c == '[') {
				depth++;
			}
			else if ((c == ')' || c == ']') && depth > 0) {
				depth--;
			}
		}
		best = run.length() > best.length() ? run.toString() : best;
		return best.isBlank() ? null : best;
	}

}
