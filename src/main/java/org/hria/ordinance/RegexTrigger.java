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
	 * a leading {@code ^} or {@code \\b}), or the leading literal run of each alternative of a leading
	 * group. Empty when there is none, or when a top-level alternative could start otherwise.
	 */
	static List<String> prefixes(String regex) {
		int from = regex.startsWith("\\b") ? 2 : regex.startsWith("^") ? 1 : 0;
		if (topLevelAlternative(regex)) {
			return List.of();
		}
		if (!regex.startsWith("(", from)) {
			String run = literalRun(regex, from);
			return run.isEmpty() ? List.of() : List.of(run);
		}
		int close = groupEnd(regex, from);
		boolean plainGroup = !regex.startsWith("(?", from) || regex.startsWith("(?:", from);
		if (close < 0 || !plainGroup || optionalAt(regex, close + 1)) {
			return List.of();
		}
		String body = regex.substring(regex.startsWith("(?:", from) ? from + 3 : from + 1, close);
		List<String> prefixes = new ArrayList<>();
		for (String alternative : topLevelAlternatives(body)) {
			String run = literalRun(alternative, 0);
			if (run.isEmpty()) {
				return List.of();
			}
			prefixes.add(run);
		}
		return prefixes;
	}

	/** The literal characters at {@code from}, up to the first operator or optional character. */
	private static String literalRun(String regex, int from) {
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
		return run.toString();
	}

	/** The index of the {@code )} closing the group opened at {@code open}, or -1. */
	private static int groupEnd(String regex, int open) {
		int depth = 0;
		for (int i = open; i < regex.length(); i++) {
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
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** A group body split at its own {@code |}, not at those of nested groups or classes. */
	private static List<String> topLevelAlternatives(String body) {
		List<String> alternatives = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				i = classEnd(body, i);
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				alternatives.add(body.substring(start, i));
				start = i + 1;
			}
		}
		alternatives.add(body.substring(start));
		return alternatives;
	}

	private static boolean topLevelAlternative(String regex) {
		return topLevelAlternatives(regex).size() > 1;
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
