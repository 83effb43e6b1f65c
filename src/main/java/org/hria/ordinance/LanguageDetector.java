package org.hria.ordinance;

/** ko when Hangul letters outnumber Latin ones, else en. */
final class LanguageDetector {

	private LanguageDetector() {
	}

	static String detect(String text) {
		int hangul = 0;
		int latin = 0;
		int limit = Math.min(text.length(), 20_000);
		for (int i = 0; i < limit; i++) {
			char c = text.charAt(i);
			if (c >= '가' && c <= '힣') {
				hangul++;
			}
			else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
				latin++;
			}
		}
		return hangul * 3 >= latin ? "ko" : "en";
	}

}
