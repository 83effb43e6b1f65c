package org.hria.corporate;

import tools.jackson.databind.json.JsonMapper;

/** Reads an upload in either form of spec 4.1: JSON when it starts with '{', CSV otherwise. */
final class AssessmentReader {

	private AssessmentReader() {
	}

	static AssessmentInput read(byte[] bytes, JsonMapper json) {
		return looksLikeJson(bytes) ? JsonAssessmentReader.read(bytes, json) : CsvAssessmentReader.read(bytes);
	}

	private static boolean looksLikeJson(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		for (int i = start; i < bytes.length; i++) {
			if (!Character.isWhitespace(bytes[i])) {
				return bytes[i] == '{';
			}
		}
		return false;
	}

}
