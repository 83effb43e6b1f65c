package org.hria.ordinance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every occurrence of many literal strings in one pass over a text (Aho-Corasick automaton).
 * For characters below 128 the transitions of every state, failure links folded in, are one table
 * lookup; other characters bisect each state's sorted transitions and follow failure links. A scan
 * allocates nothing but matches.
 */
final class AhoCorasick<T> {

	private char[][] keys;

	private int[][] targets;

	private int[] fail;

	/** The root's transitions by character (0 = none): most characters of a text leave the root at once. */
	private int[] root;

	private static final int OUTPUT = 0x80000000;

	/** {@code ascii[state * 128 + c]}: the state after reading {@code c < 128} in {@code state}, {@link #OUTPUT} set where literals end. */
	private int[] ascii;

	/** States in breadth-first order, so each state's failure state comes before it. */
	private int[] breadthFirst;

	private Object[][] outputs;

	private int[][] outputLengths;

	/** A match: [start, end) and the value its literal was added with. */
	record Match<T>(int start, int end, T value) {
	}

	AhoCorasick(Map<String, List<T>> literals) {
		List<TreeMap<Character, Integer>> trie = new ArrayList<>();
		List<List<Object>> values = new ArrayList<>();
		List<List<Integer>> lengths = new ArrayList<>();
		trie.add(new TreeMap<>());
		values.add(new ArrayList<>());
		lengths.add(new ArrayList<>());
		literals.forEach((literal, list) -> {
			int state = 0;
			for (char c : literal.toCharArray()) {
				Integer to = trie.get(state).get(c);
				if (to == null) {
					to = trie.size();
					trie.add(new TreeMap<>());
					values.add(new ArrayList<>());
					lengths.add(new ArrayList<>());
					trie.get(state).put(c, to);
				}
				state = to;
			}
			for (T value : list) {
				values.get(state).add(value);
				lengths.get(state).add(literal.length());
			}
		});
		compile(trie);
		link(values, lengths);
		int[] byChar = new int[Character.MAX_VALUE + 1];
		for (int k = 0; k < keys[0].length; k++) {
			byChar[keys[0][k]] = targets[0][k];
		}
		root = byChar;
		ascii = asciiTable();
	}

	@SuppressWarnings("unchecked")
	List<Match<T>> findAll(CharSequence text) {
		List<Match<T>> matches = new ArrayList<>();
		int state = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean output;
			if (c < 128) {
				int to = ascii[state << 7 | c];
				output = to < 0;
				state = to & ~OUTPUT;
			}
			else {
				int to;
				while ((to = next(state, c)) < 0 && state != 0) {
					state = fail[state];
				}
				state = Math.max(to, 0);
				output = outputs[state].length > 0;
			}
			if (output) {
				Object[] out = outputs[state];
				for (int k = 0; k < out.length; k++) {
					matches.add(new Match<>(i + 1 - outputLengths[state][k], i + 1, (T) out[k]));
				}
			}
		}
		return matches;
	}

	private int next(int state, char c) {
		if (state == 0 && root != null) {
			int to = root[c];
			return to == 0 ? -1 : to;
		}
		int at = Arrays.binarySearch(keys[state], c);
		return at < 0 ? -1 : targets[state][at];
	}

	/** The ASCII transitions; the sign bit ({@link #OUTPUT}) marks a state where literals end. */
	private int[] asciiTable() {
		int[] table = new int[keys.length << 7];
		for (int state : breadthFirst) {
			for (char c = 0; c < 128; c++) {
				int to = next(state, c);
				table[state << 7 | c] = to >= 0 ? to : state == 0 ? 0 : table[fail[state] << 7 | c] & ~OUTPUT;
			}
		}
		for (int i = 0; i < table.length; i++) {
			table[i] |= outputs[table[i]].length > 0 ? OUTPUT : 0;
		}
		return table;
	}

	private void compile(List<TreeMap<Character, Integer>> trie) {
		keys = new char[trie.size()][];
		targets = new int[trie.size()][];
		for (int s = 0; s < trie.size(); s++) {
			keys[s] = new char[trie.get(s).size()];
			targets[s] = new int[trie.get(s).size()];
			int k = 0;
			for (Map.Entry<Character, Integer> edge : trie.get(s).entrySet()) {
				keys[s][k] = edge.getKey();
				targets[s][k++] = edge.getValue();
			}
		}
	}

	private void link(List<List<Object>> values, List<List<Integer>> lengths) {
		fail = new int[keys.length];
		breadthFirst = new int[keys.length];
		int visited = 1;
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int child : targets[0]) {
			queue.add(child);
		}
		while (!queue.isEmpty()) {
			int state = queue.poll();
			breadthFirst[visited++] = state;
			for (int k = 0; k < keys[state].length; k++) {
				int child = targets[state][k];
				queue.add(child);
				int f = fail[state];
				int to;
				while ((to = next(f, keys[state][k])) < 0 && f != 0) {
					f = fail[f];
				}
				fail[child] = to < 0 || to == child ? 0 : to;
				values.get(child).addAll(values.get(fail[child]));
				lengths.get(child).addAll(lengths.get(fail[child]));
			}
		}
		outputs = new Object[keys.length][];
		outputLengths = new int[keys.length][];
		for (int s = 0; s < keys.length; s++) {
			outputs[s] = values.get(s).toArray();
			outputLengths[s] = lengths.get(s).stream().mapToInt(Integer::intValue).toArray();
		}
	}

}
