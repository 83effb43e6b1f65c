package org.hria.ordinance;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft split into units (articles, addenda, annexes, headings) and their finest subdivisions
 * (항/호/목, (a)(1)...), each with its locator and its range in the normalised text.
 */
record Structure(List<Unit> units, List<Segment> segments) {

	enum Kind {
		TITLE, PREAMBLE, GROUP, ARTICLE, ADDENDUM, ANNEX, HEADING, NOTE, DELETED;

		boolean reviewed() {
			return this != GROUP && this != NOTE && this != DELETED;
		}
	}

	/** One unit: {@code locator} is what findings name as their article. */
	record Unit(int index, String locator, String title, Kind kind, int start, int end) {
	}

	/** The finest subdivision: {@code location} such as 제5조제2항제3호 or Sec. 4-17(a)(2). */
	record Segment(int unit, String location, int start, int end) {
	}

	/** Collects units and segments while a parser walks the lines; closes each at the next start. */
	/** Calls {@code handler} with the start and end offsets of every line of {@code text}. */
	static void eachLine(String text, LineHandler handler) {
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			end = end < 0 ? text.length() : end;
			handler.line(start, end);
			start = end + 1;
		}
	}

	/** The first offset in {@code [from, end)} that is not white space, or {@code end}. */
	static int skipWhitespace(String text, int from, int end) {
		while (from < end && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		return from;
	}

	@FunctionalInterface
	interface LineHandler {

		void line(int start, int end);

	}

	static final class Builder {

		private final List<Unit> units = new ArrayList<>();

		private final List<Segment> segments = new ArrayList<>();

		private final int length;

		Builder(int length) {
			this.length = length;
		}

		void unit(String locator, String title, Kind kind, int start) {
			closeSegment(start);
			closeUnit(start);
			units.add(new Unit(units.size(), locator, title, kind, start, -1));
			segments.add(new Segment(units.size() - 1, locator, start, -1));
		}

		void segment(String location, int start) {
			if (units.isEmpty()) {
				unit("(preamble)", null, Kind.PREAMBLE, start);
			}
			closeSegment(start);
			segments.add(new Segment(units.size() - 1, location, start, -1));
		}

		boolean hasUnits() {
			return !units.isEmpty();
		}

		Unit current() {
			return units.isEmpty() ? null : units.get(units.size() - 1);
		}

		Structure build() {
			closeSegment(length);
			closeUnit(length);
			List<Segment> nonEmpty = segments.stream().filter(s -> s.end() > s.start()).toList();
			return new Structure(List.copyOf(units), nonEmpty);
		}

		private void closeSegment(int end) {
			if (!segments.isEmpty() && segments.get(segments.size() - 1).end() < 0) {
				Segment open = segments.remove(segments.size() - 1);
				segments.add(new Segment(open.unit(), open.location(), open.start(), end));
			}
		}

		private void closeUnit(int end) {
			if (!units.isEmpty() && units.get(units.size() - 1).end() < 0) {
				Unit open = units.remove(units.size() - 1);
				units.add(new Unit(open.index(), open.locator(), open.title(), open.kind(), open.start(), end));
			}
		}

	}

}
