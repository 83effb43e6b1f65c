package org.hria.corporate;

/** A recommendation waiting for its deadline suggestion, by its final priority. */
public final class DeadlineFact {

	private final String subject;

	private final String priority;

	public DeadlineFact(String subject, String priority) {
		this.subject = subject;
		this.priority = priority;
	}

	public String getSubject() {
		return subject;
	}

	public String getPriority() {
		return priority;
	}

}
