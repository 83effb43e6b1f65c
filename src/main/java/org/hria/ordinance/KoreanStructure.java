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

	private static final Pattern PARAGRAPH = Pattern.compile("[①-⑳㉑-㉟]|^\\((\\d+)\\)\\s");

	private static final Pattern ITEM = Pattern.compile("(^|\\s)(\\d{1,2})(의(\\d+))?\\.\\s");

	private static final Pattern SUB_ITEM = Pattern.compile("(^|\\s)([가-하])\\.\\s");

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
		Matcher addenda = Pattern.compile("(?m)^\\s*(부칙|附則)").matcher(text);
		int count = 0;
		while (addenda.find()) {
			count++;
		}
		this.severalAddenda = count > 1;
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
		Matcher m;
		if ((m = ADDENDUM.matcher(line)).find()) {
			addendum = severalAddenda && m.group(2) != null ? "부칙 " + m.group(2).strip() : "부칙";
			article = addendum;
			out.unit(addendum, null, Kind.ADDENDUM, start);
			resetParagraph("");
			int rest = Structure.skipWhitespace(text, start + m.end(), lineEnd);
			if (rest < lineEnd) {
				line(rest, lineEnd);
			}
		}
		else if ((m = ANNEX.matcher(line)).find() && m.end() > 1) {
			article = m.group().replace("[", "").replace("]", "").strip();
			out.unit(article, null, Kind.ANNEX, start);
		}
		else if (GROUP.matcher(line).find()) {
			out.unit(line.strip(), null, Kind.GROUP, start);
		}
		else if ((m = ARTICLE.matcher(line)).find()) {
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

	/** Finds the first subdivision marker in [from, end), opens its segment and returns where to go on. */
	private int nextMarker(int from, int end, boolean atLineStart) {
		String slice = text.substring(from, end);
		Matcher p = PARAGRAPH.matcher(slice);
		Matcher i = ITEM.matcher(slice);
		Matcher s = SUB_ITEM.matcher(slice);
		int best = Integer.MAX_VALUE;
		Runnable open = null;
		if (p.find() && (p.group(1) == null || atLineStart)) {
			best = p.start();
			String marker = p.group();
			int number = p.group(1) != null ? Integer.parseInt(p.group(1)) : circled(marker.charAt(0));
			open = () -> resetParagraph("제" + number + "항");
		}
		while (i.find() && i.start() < best) {
			int number = Integer.parseInt(i.group(2));
			if ((i.start() == 0 && atLineStart) || number == item + 1
					|| (item == 0 && slice.substring(0, i.start()).isBlank())) {
				best = i.start() + i.group(1).length();
				String suffix = i.group(4) == null ? "" : "의" + i.group(4);
				open = () -> openItem(number, suffix);
				break;
			}
		}
		while (s.find() && s.start() < best) {
			int number = SUB_ITEMS.indexOf(s.group(2).charAt(0)) + 1;
			if (item > 0 && ((s.start() == 0 && atLineStart) || number == subItem + 1)) {
				best = s.start() + s.group(1).length();
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
