package org.hria.rules;

import java.util.Map;

/**
 * One loaded rule as the catalogue shows it. {@code id}, {@code severity} and {@code basis} come
 * from the rule's metadata ({@code @id}, {@code @severity}, {@code @basis} in DRL, the
 * {@code METADATA} columns of a decision table); {@code file} is relative to the rules directory.
 */
public record RuleInfo(String id, String domain, String name, String severity, String basis, String status,
		String file) {

	static RuleInfo of(String domain, String name, String file, Map<String, Object> metadata) {
		return new RuleInfo(text(metadata.get("id")), domain, name, text(metadata.get("severity")),
				text(metadata.get("basis")), text(metadata.get("status")), file);
	}

	private static String text(Object value) {
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
