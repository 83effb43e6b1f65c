package org.hria.ordinance;

import java.util.ArrayList;
import java.util.List;

/**
 * Literals one of which a regular expression always contains, used to run the expression only
 * on clauses where one occurs: the longest literal run outside groups (escaped punctuation such as
 * {@code \.} included), or the alternatives of a mandatory group {@code (?:a|b|c)} when its shortest
 * alternative is longer. Returns an empty list
 * when there is none (the regex then runs on every clause).
 */
final class RegexTrigger {

	private static final String META = "\\^$.|?*+()[]{}";

	private RegexTrigger() {
	}

	static String of(String regex) {
		List<String> all = all(regex);
		return all.size() == 1 ? all.get(0) : null;
	}

	static List<String> all(String regex) {
		List<String> best = List.of();
		int bestScore = 0;
		int depth = 0;
		int groupStart = -1;
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '|' && depth == 0) {
				return List.of();
			}
			char after = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
			boolean optional = after == '?' || after == '*' || after == '{';
			if (depth == 0 && META.indexOf(c) < 0 && !optional) {
				run.append(c);
				continue;
			}
			if (depth == 0 && escapedLiteral(regex, i) && !optionalAt(regex, i + 2)) {
				run.append(after);
				i++;
				continue;
			}
			if (run.toString().strip().length() > bestScore) {
				bestScore = run.toString().strip().length();
				best = List.of(run.toString());
			}
			run.setLength(0);
			if (c == '\\') {
				i++;
			}
			else if (c == '{') {
				int close = regex.indexOf('}', i);
				i = close < 0 ? i : close;
			}
			else if (c == '(' || c == '[') {
				groupStart = depth == 0 && c == '(' ? i : -1;
				depth++;
			}
			else if ((c == ')' || c == ']') && depth > 0) {
				depth--;
				if (depth == 0 && c == ')' && groupStart >= 0 && !optional) {
					List<String> alternatives = alternatives(regex.substring(groupStart + 1, i));
					int score = alternatives.stream().mapToInt(String::length).min().orElse(0);
					if (score > bestScore) {
						bestScore = score;
						best = alternatives;
					}
				}
			}
		}
		if (run.toString().strip().length() > bestScore) {
			best = List.of(run.toString());
		}
		return best;
	}

	/**
	 * Literals one of which every match of the expression starts with: its leading literal run (after
	 * a leading {@code \\b}) or the alternatives of a leading group of plain literals. Empty when there
	 * is none, or when a top-level alternative could start otherwise.
	 */
	static List<String> prefixes(String regex) {
		int from = regex.startsWith("\\b") ? 2 : 0;
		if (topLevelAlternative(regex)) {
			return List.of();
		}
		if (regex.startsWith("(", from) && !regex.startsWith("(?", from) || regex.startsWith("(?:", from)) {
			int close = regex.indexOf(')', from);
			char after = close + 1 < regex.length() ? regex.charAt(close + 1) : 0;
			boolean optional = after == '?' || after == '*' || after == '{';
			return close < 0 || optional ? List.of() : alternatives(regex.substring(from + 1, close));
		}
		StringBuilder run = new StringBuilder();
		for (int i = from; i < regex.length(); i++) {
			boolean escaped = escapedLiteral(regex, i);
			int next = escaped ? i + 2 : i + 1;
			if (!escaped && META.indexOf(regex.charAt(i)) >= 0 || optionalAt(regex, next)) {
				break;
			}
			run.append(regex.charAt(next - 1));
			i = next - 1;
		}
		return run.isEmpty() ? List.of() : List.of(run.toString());
	}

	/** A backslash before punctuation, such as {@code \\.}: the punctuation itself. */
	private static boolean escapedLiteral(String regex, int i) {
		return regex.charAt(i) == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1));
	}

	/** True when the character at {@code i} makes the one before it optional. */
	private static boolean optionalAt(String regex, int i) {
		char c = i < regex.length() ? regex.charAt(i) : 0;
		return c == '?' || c == '*' || c == '{';
	}

	private static boolean topLevelAlternative(String regex) {
		int depth = 0;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				i = classEnd(regex, i);
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				return true;
			}
		}
		return false;
	}

	/** The index of the {@code ]} closing the character class opened at {@code open}. */
	private static int classEnd(String regex, int open) {
		int i = open + 1;
		if (i < regex.length() && regex.charAt(i) == '^') {
			i++;
		}
		if (i < regex.length() && regex.charAt(i) == ']') {
			i++;
		}
		for (; i < regex.length() && regex.charAt(i) != ']'; i++) {
			if (regex.charAt(i) == '\\') {
				i++;
			}
		}
		return i;
	}

	/** The alternatives of a group body such as {@code ?:city|county} when all are plain literals, else none. */
	private static List<String> alternatives(String body) {
		String plain = body.startsWith("?:") ? body.substring(2) : body;
		List<String> alternatives = new ArrayList<>();
		for (String alternative : plain.split("\\|", -1)) {
			if (alternative.isEmpty() || alternative.chars().anyMatch(ch -> META.indexOf(ch) >= 0)) {
				return List.of();
			}
			alternatives.add(alternative);
		}
		return alternatives;
	}

}
