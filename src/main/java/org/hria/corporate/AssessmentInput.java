package org.hria.corporate;

import java.util.List;

/**
 * One enterprise's answers for one year, as read from a CSV or JSON upload or the questionnaire,
 * with the errors found while reading (a mix of enterprises or years), reported with all others.
 */
record AssessmentInput(String enterpriseId, String enterpriseName, int year, String checklistVersion,
		List<String> salientIssues, List<AnswerRow> answers, List<InputError> readErrors) {

	AssessmentInput {
		salientIssues = salientIssues == null ? List.of() : List.copyOf(salientIssues);
		answers = List.copyOf(answers);
		readErrors = readErrors == null ? List.of() : List.copyOf(readErrors);
	}

}
