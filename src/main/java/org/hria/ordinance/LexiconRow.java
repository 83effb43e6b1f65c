package org.hria.ordinance;

/**
 * The pattern type of the lexicon tables. Lexicon rows are data read from the rules' metadata;
 * no instance is ever inserted, so their rules never fire.
 */
public final class LexiconRow {

	private LexiconRow() {
	}

	public String getLang() {
		return null;
	}

}
