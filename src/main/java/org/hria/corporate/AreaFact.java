package org.hria.corporate;

/** An area of the checklist as the weight table sees it: applicable unless every item in it is NA. */
public final class AreaFact {

	private final String id;

	private final boolean applicable;

	public AreaFact(String id, boolean applicable) {
		this.id = id;
		this.applicable = applicable;
	}

	public String getId() {
		return id;
	}

	public boolean isApplicable() {
		return applicable;
	}

}
