package org.hria.corporate;

/** A scored answer as the evidence policy sees it, before any downgrade. */
public final class AnswerFact {

	private final String itemId;

	private final String scale;

	private final int score;

	private final boolean evidenceMissing;

	public AnswerFact(String itemId, String scale, int score, boolean evidenceMissing) {
		this.itemId = itemId;
		this.scale = scale;
		this.score = score;
		this.evidenceMissing = evidenceMissing;
	}

	public String getItemId() {
		return itemId;
	}

	public String getScale() {
		return scale;
	}

	public int getScore() {
		return score;
	}

	public boolean isEvidenceMissing() {
		return evidenceMissing;
	}

}
