package org.hria.ordinance;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Spans of trap hits sorted by start, with the furthest end so far: does any overlap a term hit? */
final class Traps {

	private final int[] starts;

	private final int[] maxEnds;

	Traps(List<int[]> spans) {
		List<int[]> sorted = spans.stream().sorted(Comparator.comparingInt((int[] span) -> span[0])).toList();
		starts = sorted.stream().mapToInt(span -> span[0]).toArray();
		maxEnds = new int[sorted.size()];
		for (int i = 0; i < maxEnds.length; i++) {
			maxEnds[i] = Math.max(i == 0 ? Integer.MIN_VALUE : maxEnds[i - 1], sorted.get(i)[1]);
		}
	}

	/** True when a trap starts before {@code end} and ends after {@code start}. */
	boolean overlap(int start, int end) {
		int found = Arrays.binarySearch(starts, end);
		int last = found >= 0 ? firstOf(found, end) - 1 : -found - 2;
		return last >= 0 && maxEnds[last] > start;
	}

	private int firstOf(int index, int value) {
		while (index > 0 && starts[index - 1] == value) {
			index--;
		}
		return index;
	}

}
