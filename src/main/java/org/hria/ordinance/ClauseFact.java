package org.hria.ordinance;

/** One sentence inside the finest subdivision (항/호/목 or (a)(1)) of an article. */
public class ClauseFact {

	private final ArticleFact article;

	private final String location;

	private final int start;

	private final int end;

	final Keys keys = new Keys();

	ClauseFact(ArticleFact article, String location, int start, int end) {
		this.article = article;
		this.location = location;
		this.start = start;
		this.end = end;
	}

	public ArticleFact getArticle() {
		return article;
	}

	public DocumentFact getDocument() {
		return article.getDocument();
	}

	public String getLang() {
		return article.getLang();
	}

	public String getLocation() {
		return location;
	}

	public int getStart() {
		return start;
	}

	public int getEnd() {
		return end;
	}

	public boolean has(String key) {
		return keys.has(key);
	}

	public boolean hasAll(String key) {
		return keys.hasAll(key);
	}

}
