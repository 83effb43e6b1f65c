package org.hria.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects facilities as the reader finishes them and checks them a batch at a time, so memory
 * is bounded by the batch, not by the number of facilities. Call {@link #flush()} at the end.
 */
final class FacilityBatch implements Consumer<Facility> {

	static final int SIZE = 200;

	private final SurveyChecker checker;

	private final Consumer<FacilityResult> results;

	private final List<Facility> pending = new ArrayList<>(SIZE);

	FacilityBatch(SurveyChecker checker, Consumer<FacilityResult> results) {
		this.checker = checker;
		this.results = results;
	}

	@Override
	public void accept(Facility facility) {
		pending.add(facility);
		if (pending.size() >= SIZE) {
			flush();
		}
	}

	void flush() {
		if (!pending.isEmpty()) {
			checker.check(pending).forEach(results);
			pending.clear();
		}
	}

}
