package org.hria.corporate;

import java.util.Arrays;

/** An applicable item scoring below 2 (score used, after any evidence downgrade). */
public final class GapFact {

	private final String itemId;

	private final boolean critical;

	private final int weight;

	private final int score;

	public GapFact(String itemId, boolean critical, int weight, int score) {
		this.itemId = itemId;
		this.critical = critical;
		this.weight = weight;
		this.score = score;
	}

	public String getItemId() {
		return itemId;
	}

	public boolean isCritical() {
		return critical;
	}

	public int getWeight() {
		return weight;
	}

	public int getScore() {
		return score;
	}

	/** True when this item is one of the ids in {@code ids}, separated by spaces or commas. */
	public boolean itemIdIn(String ids) {
		return Arrays.stream(ids.split("[\\s,]+")).anyMatch(itemId::equals);
	}

}
