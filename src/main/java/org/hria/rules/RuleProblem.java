package org.hria.rules;

/** One compiler message about a rule file: the file relative to the rules directory, the line and the text. */
public record RuleProblem(String file, int line, String message) {

	@Override
	public String toString() {
		return file + (line > 0 ? ":" + line : "") + ": " + message;
	}

}
