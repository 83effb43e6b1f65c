package org.hria.ordinance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule's {@code basis} metadata ("Act Art. 16 (V); Other Act 제4조 (U)") into legal-basis entries.
 * A status may carry a note ("Act (V: act exists; article U)"); a {@code ;} inside parentheses does not
 * end an entry.
 */
final class LegalBases {

	private static final Pattern ENTRY = Pattern
		.compile("^(.*?)(?:\\s+((?:Art\\.|Arts\\.|제\\d|Article|§).*?))?\\s*\\((V2|V|U)(?::[^)]*)?\\)\\s*$");

	private LegalBases() {
	}

	static List<Finding.LegalBasis> parse(String basis) {
		List<Finding.LegalBasis> bases = new ArrayList<>();
		if (basis == null) {
			return bases;
		}
		for (String part : entries(basis)) {
			String entry = part.strip();
			if (entry.isEmpty()) {
				continue;
			}
			Matcher m = ENTRY.matcher(entry);
			if (m.matches()) {
				bases.add(new Finding.LegalBasis(m.group(1).strip(), m.group(2), m.group(3)));
			}
			else {
				bases.add(new Finding.LegalBasis(entry, null, null));
			}
		}
		return bases.stream().distinct().toList();
	}

	private static List<String> entries(String basis) {
		List<String> entries = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < basis.length(); i++) {
			char c = basis.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (c == ';' && depth == 0) {
				entries.add(basis.substring(start, i));
				start = i + 1;
			}
		}
		entries.add(basis.substring(start));
		return entries;
	}

}
