package org.hria.ordinance;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One row of a lexicon decision table: a literal (or {@code re:} regular expression, or a stem
 * ending in {@code *}) that puts the key {@code ruleId/set} on the clause it occurs in. Rows of the
 * set {@code term} are reportable terms, rows of the set {@code except} are false-positive traps.
 * {@code prefixes}: literals one of which every match of the regex starts with (none: it is tried at every offset).
 * {@code key} is interned, as are the literals of the rules that ask for it, so lookups compare references.
 */
record LexiconEntry(String ruleId, String set, String lang, String pattern, String literal, boolean stem,
		Pattern regex, java.util.List<String> triggers, String[] prefixes, String replacement, String message, double confidence, String near,
		String key) {

	static final String TERM = "term";

	static final String EXCEPT = "except";

	static final String EXCEPT_SENTENCE = "except-sentence";

	/** {@code patterns} shares one compiled expression among rows with the same regex, so it runs once per clause. */
	static LexiconEntry fromMetadata(Map<String, Object> metadata, Map<String, Pattern> patterns) {
		String pattern = text(metadata.get("pattern"));
		String lang = text(metadata.get("lang"));
		boolean english = "en".equals(lang);
		Pattern regex = null;
		String literal = null;
		java.util.List<String> triggers = java.util.List.of();
		String[] prefixes = new String[0];
		boolean stem = false;
		if (pattern.startsWith("re:")) {
			regex = patterns.computeIfAbsent(pattern.substring(3), Pattern::compile);
			triggers = RegexTrigger.all(pattern.substring(3));
			prefixes = RegexTrigger.prefixes(pattern.substring(3)).toArray(String[]::new);
		}
		else {
			stem = pattern.endsWith("*");
			literal = stem ? pattern.substring(0, pattern.length() - 1) : pattern;
			literal = english ? literal.toLowerCase(java.util.Locale.ROOT) : literal;
		}
		String confidence = text(metadata.get("confidence"));
		String id = text(metadata.get("id"));
		String set = text(metadata.get("set"));
		return new LexiconEntry(id, set, lang, pattern, literal, stem, regex, triggers, prefixes, text(metadata.get("replacement")),
				text(metadata.get("message")), confidence == null ? 1.0 : Double.parseDouble(confidence),
				text(metadata.get("near")), (id + "/" + set).intern());
	}

	boolean isTerm() {
		return TERM.equals(set);
	}

	boolean isExcept() {
		return EXCEPT.equals(set);
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1);
		}
		return text.isEmpty() ? null : text;
	}

}
