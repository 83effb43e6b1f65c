package org.hria.ordinance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hria.ordinance.Structure.Kind;

/** Splits a Korean ordinance (spec 1.2): 조/항/호/목, 부칙 with its own 제1조, 별표/별지, grouping headings. */
final class KoreanStructure {

	private static final Pattern GROUP = Pattern.compile("^제\\d+(편|장|절|관)\\s");

	private static final Pattern ARTICLE = Pattern.compile("^제(\\d+)조(의(\\d+))?\\s*(?:\\(([^)\\n]*)\\)|$)");

	private static final Pattern ADDENDUM = Pattern.compile("^(부칙|附則)(\\s*<[^>\\n]*>)?");

	private static final Pattern ANNEX = Pattern.compile("^\\[?(별표|별지|서식)\\s*(제?\\d*호?(의\\d+)?)\\s*(서식)?\\]?");

	private static final Pattern ADDENDA = Pattern.compile("(?m)^\\s*(부칙|附則)");

	private static final String SUB_ITEMS = "가나다라마바사아자차카타파하";

	private final String text;

	private final Structure.Builder out;

	private final boolean severalAddenda;

	private String addendum;

	private String article;

	private String paragraph = "";

	private int item;

	private String itemLocator = "";

	private int subItem;

	private KoreanStructure(String text) {
		this.text = text;
		this.out = new Structure.Builder(text.length());
		this.severalAddenda = occurrences(text, "부칙") + occurrences(text, "附則") > 1 && count(ADDENDA.matcher(text)) > 1;
	}

	private static int occurrences(String text, String word) {
		int count = 0;
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
			count++;
		}
		return count;
	}

	private static int count(Matcher m) {
		int count = 0;
		while (m.find()) {
			count++;
		}
		return count;
	}

	static Structure parse(String text) {
		KoreanStructure parser = new KoreanStructure(text);
		Structure.eachLine(text, parser::line);
		return parser.out.build();
	}

	private void line(int lineStart, int lineEnd) {
		int start = Structure.skipWhitespace(text, lineStart, lineEnd);
		if (start >= lineEnd) {
			return;
		}
		String line = text.substring(start, lineEnd);
		char first = line.charAt(0);
		Matcher m;
		if ((first == '부' || first == '附') && (m = ADDENDUM.matcher(line)).lookingAt()) {
			addendum = severalAddenda && m.group(2) != null ? "부칙 " + m.group(2).strip() : "부칙";
			article = addendum;
			out.unit(addendum, null, Kind.ADDENDUM, start);
			resetParagraph("");
			int rest = Structure.skipWhitespace(text, start + m.end(), lineEnd);
			if (rest < lineEnd) {
				line(rest, lineEnd);
			}
		}
		else if ((first == '[' || first == '별' || first == '서') && (m = ANNEX.matcher(line)).lookingAt() && m.end() > 1) {
			article = m.group().replace("[", "").replace("]", "").strip();
			out.unit(article, null, Kind.ANNEX, start);
		}
		else if (first == '제' && GROUP.matcher(line).lookingAt()) {
			out.unit(line.strip(), null, Kind.GROUP, start);
		}
		else if (first == '제' && (m = ARTICLE.matcher(line)).lookingAt()) {
			startArticle(m, start, lineEnd);
		}
		else if (!out.hasUnits()) {
			out.unit("(title)", line.strip(), Kind.TITLE, start);
		}
		else {
			body(start, lineEnd, true);
		}
	}

	private void startArticle(Matcher m, int start, int lineEnd) {
		String number = "제" + m.group(1) + "조" + (m.group(2) == null ? "" : m.group(2));
		article = addendum == null ? number : "부칙 " + number;
		String rest = text.substring(start + m.end(), lineEnd).strip();
		Kind kind = rest.startsWith("삭제") ? Kind.DELETED : Kind.ARTICLE;
		out.unit(article, m.group(4), kind, start);
		resetParagraph("");
		body(start + m.end(), lineEnd, false);
	}

	private void body(int start, int end, boolean lineStart) {
		int position = start;
		while (position < end) {
			int next = nextMarker(position, end, lineStart && position == start);
			if (next < 0) {
				return;
			}
			position = next;
		}
	}

	/**
	 * Finds the first subdivision marker in [from, end), opens its segment and returns where to go on.
	 * A paragraph is a circled number, or {@code (n)} at the start of a line; an item {@code n.} or
	 * {@code n의m.} and a sub-item {@code 가.} follow the start or a space and are followed by a space.
	 * An item or sub-item counts only in sequence (or first in its line or paragraph).
	 */
	private int nextMarker(int from, int end, boolean atLineStart) {
		int best = Integer.MAX_VALUE;
		Runnable open = null;
		int paragraph = paragraphMarker(from, end);
		if (paragraph >= 0 && (paragraph > from || !text.startsWith("(", from) || atLineStart)) {
			best = paragraph - from;
			int number = text.charAt(paragraph) == '(' ? Integer.parseInt(text.substring(from + 1, text.indexOf(')', from)))
					: circled(text.charAt(paragraph));
			open = () -> resetParagraph("제" + number + "항");
		}
		for (Marker i = itemMarker(from, from, end); i != null && i.start - from < best; i = itemMarker(from, i.end, end)) {
			int number = Integer.parseInt(text.substring(i.numberStart, i.numberEnd));
			if ((i.start == from && atLineStart) || number == item + 1
					|| (item == 0 && text.substring(from, i.start).isBlank())) {
				best = i.start - from + i.lead;
				String suffix = i.suffixStart < 0 ? "" : "의" + text.substring(i.suffixStart, i.suffixEnd);
				open = () -> openItem(number, suffix);
				break;
			}
		}
		for (Marker s = subItemMarker(from, from, end); s != null && s.start - from < best; s = subItemMarker(from, s.end, end)) {
			int number = SUB_ITEMS.indexOf(text.charAt(s.numberStart)) + 1;
			if (item > 0 && ((s.start == from && atLineStart) || number == subItem + 1)) {
				best = s.start - from + s.lead;
				open = () -> openSubItem(number);
				break;
			}
		}
		if (open == null) {
			return -1;
		}
		open.run();
		out.segment(location(), from + best);
		return from + best + 1;
	}

	/**
	 * A marker found in the text: where its match starts (at a preceding space, {@code lead} 1, or
	 * at the start of the searched range), its number (and the number after 의) and where its match ends.
	 */
	private record Marker(int start, int lead, int numberStart, int numberEnd, int suffixStart, int suffixEnd, int end) {
	}

	/** The first circled number in [from, end), or {@code from} when the range starts with {@code (digits) }; else -1. */
	private int paragraphMarker(int from, int end) {
		if (from < end && text.charAt(from) == '(') {
			int digits = digitsEnd(from + 1, end);
			if (digits > from + 1 && digits - from - 1 <= 9 && digits + 1 < end && text.charAt(digits) == ')'
					&& space(text.charAt(digits + 1))) {
				return from;
			}
		}
		for (int k = from; k < end; k++) {
			char c = text.charAt(k);
			if (c >= '①' && c <= '⑳' || c >= '㉑' && c <= '㉟') {
				return k;
			}
		}
		return -1;
	}

	/**
	 * The next item marker ({@code n.} or {@code n의m.}, n of one or two digits) whose match starts at
	 * or after {@code at}. A marker ends with a dot and a space, and matches follow the order of their
	 * dots, so only dots are looked at.
	 */
	private Marker itemMarker(int from, int at, int end) {
		for (int dot = text.indexOf('.', at); dot >= 0 && dot + 1 < end; dot = text.indexOf('.', dot + 1)) {
			Marker marker = space(text.charAt(dot + 1)) ? itemBefore(from, dot, end) : null;
			if (marker != null && marker.start >= at) {
				return marker;
			}
		}
		return null;
	}

	/** The item marker whose dot is at {@code dot}, if its number follows the range start or a space. */
	private Marker itemBefore(int from, int dot, int end) {
		int number = digitsStart(from, dot);
		if (number < dot && number > from && text.charAt(number - 1) == '의') {
			number = digitsStart(from, number - 1);
		}
		if (number == from) {
			return item(from, from, 0, end);
		}
		return number - 1 >= from && space(text.charAt(number - 1)) ? item(number - 1, number, 1, end) : null;
	}

	private int digitsStart(int from, int end) {
		int k = end;
		while (k > from && text.charAt(k - 1) >= '0' && text.charAt(k - 1) <= '9') {
			k--;
		}
		return k;
	}

	private Marker item(int start, int number, int lead, int end) {
		int numberEnd = digitsEnd(number, end);
		if (numberEnd == number || numberEnd - number > 2) {
			return null;
		}
		int suffixStart = -1;
		int suffixEnd = -1;
		int dot = numberEnd;
		if (dot < end && text.charAt(dot) == '의') {
			suffixEnd = digitsEnd(dot + 1, end);
			if (suffixEnd == dot + 1) {
				return null;
			}
			suffixStart = dot + 1;
			dot = suffixEnd;
		}
		return dotAndSpace(dot, end) ? new Marker(start, lead, number, numberEnd, suffixStart, suffixEnd, dot + 2) : null;
	}

	/** The next sub-item marker (one syllable from 가 to 하, then {@code .}) whose match starts at or after {@code at}. */
	private Marker subItemMarker(int from, int at, int end) {
		for (int dot = text.indexOf('.', at); dot >= 0 && dot + 1 < end; dot = text.indexOf('.', dot + 1)) {
			Marker marker = null;
			if (dot - 1 == from) {
				marker = subItem(from, from, 0, end);
			}
			else if (dot - 2 >= from && space(text.charAt(dot - 2))) {
				marker = subItem(dot - 2, dot - 1, 1, end);
			}
			if (marker != null && marker.start >= at) {
				return marker;
			}
		}
		return null;
	}

	private Marker subItem(int start, int letter, int lead, int end) {
		if (letter >= end || text.charAt(letter) < '가' || text.charAt(letter) > '하' || !dotAndSpace(letter + 1, end)) {
			return null;
		}
		return new Marker(start, lead, letter, letter + 1, -1, -1, letter + 3);
	}

	private boolean dotAndSpace(int dot, int end) {
		return dot + 1 < end && text.charAt(dot) == '.' && space(text.charAt(dot + 1));
	}

	private int digitsEnd(int from, int end) {
		int k = from;
		while (k < end && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
			k++;
		}
		return k;
	}

	/** White space as the regular expression class {@code \s} reads it. */
	private static boolean space(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private void resetParagraph(String paragraph) {
		this.paragraph = paragraph;
		this.item = 0;
		this.itemLocator = "";
		this.subItem = 0;
	}

	private void openItem(int number, String suffix) {
		item = number;
		itemLocator = "제" + number + "호" + suffix;
		subItem = 0;
	}

	private void openSubItem(int number) {
		subItem = number;
	}

	private String location() {
		String sub = subItem == 0 ? "" : SUB_ITEMS.charAt(subItem - 1) + "목";
		return (article == null ? "(preamble)" : article) + paragraph + itemLocator + sub;
	}


	private static int circled(char c) {
		return c <= '⑳' ? c - '①' + 1 : c - '㉑' + 21;
	}

}
