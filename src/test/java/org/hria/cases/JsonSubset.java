package org.hria.cases;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Compares an expected JSON fragment with an actual answer: every field named in an expected
 * object must be there with an equal value; arrays must have the same length and match element
 * by element; numbers compare by value (1.0 equals 1).
 */
final class JsonSubset {

	private JsonSubset() {
	}

	static List<String> mismatches(JsonNode expected, JsonNode actual, String path) {
		List<String> mismatches = new ArrayList<>();
		compare(expected, actual, path, mismatches);
		return mismatches;
	}

	private static void compare(JsonNode expected, JsonNode actual, String path, List<String> mismatches) {
		if (actual == null || actual.isMissingNode()) {
			mismatches.add(path + ": missing, expected " + expected);
		}
		else if (expected.isObject()) {
			if (!actual.isObject()) {
				mismatches.add(path + ": expected an object, got " + actual);
				return;
			}
			for (String field : expected.propertyNames()) {
				compare(expected.get(field), actual.get(field), path + "." + field, mismatches);
			}
		}
		else if (expected.isArray()) {
			if (!actual.isArray() || actual.size() != expected.size()) {
				mismatches.add(path + ": expected " + expected.size() + " elements " + expected + ", got " + actual);
				return;
			}
			for (int i = 0; i < expected.size(); i++) {
				compare(expected.get(i), actual.get(i), path + "[" + i + "]", mismatches);
			}
		}
		else if (expected.isNumber() && actual.isNumber()) {
			if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
				mismatches.add(path + ": expected " + expected + ", got " + actual);
			}
		}
		else if (!expected.equals(actual)) {
			mismatches.add(path + ": expected " + expected + ", got " + actual);
		}
	}

}
