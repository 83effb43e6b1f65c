package org.hria.ordinance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hria.ordinance.Structure.Kind;

/** Splits an English ordinance or code (spec 1.3): Article/Section/Sec./§ units, headings, (a)(1)(A)(i). */
final class EnglishStructure {

	private static final Pattern UNIT = Pattern.compile(
			"^(Article \\d+[A-Z]?|Section \\d+(?:\\.\\d+)*|SECTION \\d+(?:\\.\\d+)*|Sec\\. ?\\d+(?:-\\d+)*(?:\\.\\d+)?|§ ?\\d+(?:-\\d+)*(?:\\.\\d+)?|Rule \\d+|Part \\d+)\\.?");

	private static final Pattern HEADING = Pattern
		.compile("^(CHAPTER|Chapter|DIVISION|Division|TITLE|Title|ARTICLE [IVXLC]+\\.)( [0-9A-Z.-]+)?");

	private static final Pattern NOTE = Pattern
		.compile("^(\\(Ord\\.|\\(Code|Cross reference|State [Ll]aw reference|Editor's note|\\(Res\\.)");

	private static final Pattern SUBDIVISION = Pattern.compile("(?:^|(?<=[.;:]) +)\\(([a-z]{1,4}|\\d{1,2}|[A-Z])\\) ");

	private static final Pattern TITLE = Pattern.compile("^\\s*(?:[-—–]\\s*)?([A-Z][^.\\n]{0,100})\\.(\\s|$)");

	private static final String[] UNIT_PREFIXES = RegexTrigger.prefixes(UNIT.pattern()).toArray(String[]::new);

	private static final String[] NOTE_PREFIXES = RegexTrigger.prefixes(NOTE.pattern()).toArray(String[]::new);

	private static final String[] HEADING_PREFIXES = RegexTrigger.prefixes(HEADING.pattern()).toArray(String[]::new);

	private static final Pattern NORMATIVE = Pattern.compile("\\b(shall|may|must|is|are)\\b");

	private final String text;

	private final Structure.Builder out;

	private final List<String> levels = new ArrayList<>();

	private String unit;

	private EnglishStructure(String text) {
		this.text = text;
		this.out = new Structure.Builder(text.length());
	}

	static Structure parse(String text) {
		EnglishStructure parser = new EnglishStructure(text);
		Structure.eachLine(text, parser::line);
		return parser.out.build();
	}

	private void line(int lineStart, int lineEnd) {
		int start = Structure.skipWhitespace(text, lineStart, lineEnd);
		if (start >= lineEnd) {
			return;
		}
		String line = text.substring(start, lineEnd);
		Matcher m;
		if (startsWithAny(line, UNIT_PREFIXES) && (m = UNIT.matcher(line)).lookingAt()) {
			unit = spaced(spaced(m.group(1), "Sec."), "§");
			levels.clear();
			Matcher title = TITLE.matcher(line.substring(m.end()));
			boolean titled = title.lookingAt() && title.group(1).split(" ").length <= 8
					&& !NORMATIVE.matcher(title.group(1)).find();
			out.unit(unit, titled ? title.group(1).strip() : null, Kind.ARTICLE, start);
			subdivisions(start + m.end(), lineEnd);
		}
		else if (startsWithAny(line, NOTE_PREFIXES) && NOTE.matcher(line).lookingAt()) {
			out.unit("(note)", null, Kind.NOTE, start);
			unit = null;
		}
		else if (startsWithAny(line, HEADING_PREFIXES) && (m = HEADING.matcher(line)).lookingAt()) {
			unit = line.strip().length() > 60 ? m.group().strip() : line.strip();
			out.unit(unit, line.strip(), Kind.HEADING, start);
		}
		else if (!out.hasUnits()) {
			out.unit("(title)", line.strip(), Kind.TITLE, start);
		}
		else {
			if (out.current().kind() == Kind.NOTE) {
				out.unit("(text)", null, Kind.PREAMBLE, start);
			}
			subdivisions(start, lineEnd);
		}
	}

	private void subdivisions(int from, int end) {
		int paren = text.indexOf('(', from);
		if (paren < 0 || paren >= end) {
			return;
		}
		Matcher m = SUBDIVISION.matcher(text.substring(from, end));
		while (m.find()) {
			level(m.group(1));
			out.segment(unit + String.join("", levels), from + m.start(1) - 1);
		}
	}

	private void level(String marker) {
		int depth;
		if (all(marker, "0123456789")) {
			depth = 1;
		}
		else if (marker.length() == 1 && marker.charAt(0) >= 'A' && marker.charAt(0) <= 'Z') {
			depth = 2;
		}
		else if (all(marker, "ivx") && !(levels.size() == 1 && marker.equals("i") && previousIsH())) {
			depth = levels.isEmpty() ? 0 : 3;
		}
		else {
			depth = 0;
		}
		depth = Math.min(depth, levels.size());
		while (levels.size() > depth) {
			levels.remove(levels.size() - 1);
		}
		levels.add("(" + marker + ")");
	}

	/** {@code Sec.4-17} as {@code Sec. 4-17}: a space between the designation and its number. */
	private static String spaced(String unit, String designation) {
		int at = designation.length();
		boolean digit = unit.length() > at && unit.charAt(at) >= '0' && unit.charAt(at) <= '9';
		return unit.startsWith(designation) && digit ? designation + " " + unit.substring(at) : unit;
	}

	/** Lines that start with none of a pattern's literal prefixes cannot match it (no prefixes: every line can). */
	private static boolean startsWithAny(String line, String[] prefixes) {
		for (String prefix : prefixes) {
			if (line.startsWith(prefix)) {
				return true;
			}
		}
		return prefixes.length == 0;
	}

	/** True when {@code marker} is not empty and has only characters of {@code allowed}. */
	private static boolean all(String marker, String allowed) {
		for (int i = 0; i < marker.length(); i++) {
			if (allowed.indexOf(marker.charAt(i)) < 0) {
				return false;
			}
		}
		return !marker.isEmpty();
	}

	private boolean previousIsH() {
		return levels.get(0).equals("(h)");
	}

}
