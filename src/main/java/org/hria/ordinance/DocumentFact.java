package org.hria.ordinance;

/**
 * The whole draft as the rules see it. {@code complete} is true when the draft starts with a title
 * line (a whole ordinance, not an excerpt): only then do document-level absence rules apply.
 */
public class DocumentFact {

	private final String lang;

	private final boolean complete;

	final Keys keys = new Keys();

	final Keys titleKeys = new Keys();

	DocumentFact(String lang, boolean complete) {
		this.lang = lang;
		this.complete = complete;
	}

	public String getLang() {
		return lang;
	}

	public boolean isComplete() {
		return complete;
	}

	public boolean has(String key) {
		return keys.has(key);
	}

	public boolean hasAll(String key) {
		return keys.hasAll(key);
	}

	public boolean titleHas(String key) {
		return titleKeys.has(key);
	}

}
