package org.hria.survey;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one upload: the first 100 are kept, all are counted. */
final class InputErrors {

	static final int LIMIT = 100;

	private final List<InputError> errors = new ArrayList<>();

	private int total;

	void add(Integer line, Integer column, String message) {
		total++;
		if (errors.size() < LIMIT) {
			errors.add(new InputError(line, column, message));
		}
	}

	boolean any() {
		return total > 0;
	}

	int total() {
		return total;
	}

	List<InputError> list() {
		return List.copyOf(errors);
	}

}
