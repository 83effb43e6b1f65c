package org.hria.recommendation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spec section 2: public text must not contain resident registration numbers, phone numbers or
 * e-mail addresses. Answers the kind of data found, never the matched text. Names of case parties
 * are not checked yet: the sealed case_party table belongs to the ombudsperson cases, not merged.
 */
final class PersonalDataCheck {

	private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

	static {
		PATTERNS.put("RESIDENT_REGISTRATION_NUMBER", Pattern.compile("(?<!\\d)\\d{6}-?[1-8]\\d{6}(?!\\d)"));
		PATTERNS.put("PHONE_NUMBER", Pattern.compile(
				"(?<![\\d-])(\\+82[ -]?|0)(1[016789]|2|[3-6][1-5]|70)[ .-]?\\d{3,4}[ .-]?\\d{4}(?![\\d-])"));
		PATTERNS.put("EMAIL_ADDRESS", Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
	}

	private PersonalDataCheck() {
	}

	static Optional<String> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		return PATTERNS.entrySet()
			.stream()
			.filter(entry -> entry.getValue().matcher(text).find())
			.map(Map.Entry::getKey)
			.findFirst();
	}

}
