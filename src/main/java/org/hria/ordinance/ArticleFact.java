package org.hria.ordinance;

/** One unit of the draft (article, addendum article, annex, heading) with the keys found in it and in its title. */
public class ArticleFact {

	private final Structure.Unit unit;

	private final DocumentFact document;

	final Keys keys = new Keys();

	final Keys titleKeys = new Keys();

	ArticleFact(Structure.Unit unit, DocumentFact document) {
		this.unit = unit;
		this.document = document;
	}

	public String getLocator() {
		return unit.locator();
	}

	public String getTitle() {
		return unit.title();
	}

	public String getKind() {
		return unit.kind().name();
	}

	public String getLang() {
		return document.getLang();
	}

	public DocumentFact getDocument() {
		return document;
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

	Structure.Unit unit() {
		return unit;
	}

}
