package org.hria.ordinance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a rule's {@code basis} metadata ("Act Art. 16 (V); Other Act 제4조 (U)") into legal-basis entries. */
final class LegalBases {

	private static final Pattern ENTRY = Pattern
		.compile("^(.*?)(?:\\s+((?:Art\\.|Arts\\.|제\\d|Article|§).*?))?\\s*\\((V2|V|U)\\)\\s*$");

	private LegalBases() {
	}

	static List<Finding.LegalBasis> parse(String basis) {
		List<Finding.LegalBasis> bases = new ArrayList<>();
		if (basis == null) {
			return bases;
		}
		for (String part : basis.split(";")) {
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

}
