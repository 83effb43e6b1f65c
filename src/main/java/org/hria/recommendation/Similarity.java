package org.hria.recommendation;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Text similarity of two recommendations, simple enough to explain: the Jaccard index (shared / all)
 * of their token sets. Text is NFKC-normalised and lower-cased; a Latin or digit word is one token;
 * a Hangul word gives its character bigrams (Korean attaches particles to words, so whole words
 * rarely match: 경사로를 and 경사로 share 경사 and 사로).
 */
final class Similarity {

	private Similarity() {
	}

	static Set<String> tokens(String text) {
		Set<String> tokens = new HashSet<>();
		String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		for (String word : normal.split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (word.codePoints().anyMatch(Similarity::isHangul)) {
				addBigrams(word, tokens);
			}
			else if (word.length() > 1) {
				tokens.add(word);
			}
		}
		return tokens;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return Math.round(1000.0 * shared.size() / all.size()) / 1000.0;
	}

	private static void addBigrams(String word, Set<String> tokens) {
		int[] points = word.codePoints().toArray();
		if (points.length == 1) {
			tokens.add(word);
		}
		for (int i = 0; i + 1 < points.length; i++) {
			tokens.add(new String(points, i, 2));
		}
	}

	private static boolean isHangul(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
	}

}
