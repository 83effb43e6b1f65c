package org.hria.ordinance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds every occurrence of many literal strings in one pass over a text (Aho-Corasick automaton). */
final class AhoCorasick<T> {

	private final List<Map<Character, Integer>> next = new ArrayList<>();

	private final List<Integer> fail = new ArrayList<>();

	private final List<List<Output<T>>> outputs = new ArrayList<>();

	private record Output<T>(int length, T value) {
	}

	/** A match: [start, end) and the value its literal was added with. */
	record Match<T>(int start, int end, T value) {
	}

	AhoCorasick(Map<String, List<T>> literals) {
		node();
		literals.forEach((literal, values) -> {
			int state = 0;
			for (char c : literal.toCharArray()) {
				Integer to = next.get(state).get(c);
				if (to == null) {
					to = node();
					next.get(state).put(c, to);
				}
				state = to;
			}
			for (T value : values) {
				outputs.get(state).add(new Output<>(literal.length(), value));
			}
		});
		link();
	}

	List<Match<T>> findAll(CharSequence text) {
		List<Match<T>> matches = new ArrayList<>();
		int state = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			Integer to;
			while ((to = next.get(state).get(c)) == null && state != 0) {
				state = fail.get(state);
			}
			state = to == null ? 0 : to;
			for (Output<T> output : outputs.get(state)) {
				matches.add(new Match<>(i + 1 - output.length(), i + 1, output.value()));
			}
		}
		return matches;
	}

	private int node() {
		next.add(new HashMap<>());
		fail.add(0);
		outputs.add(new ArrayList<>());
		return next.size() - 1;
	}

	private void link() {
		ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
		while (!queue.isEmpty()) {
			int state = queue.poll();
			for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
				int child = edge.getValue();
				queue.add(child);
				int f = fail.get(state);
				Integer to;
				while ((to = next.get(f).get(edge.getKey())) == null && f != 0) {
					f = fail.get(f);
				}
				fail.set(child, to == null || to == child ? 0 : to);
				outputs.get(child).addAll(outputs.get(fail.get(child)));
			}
		}
	}

}
