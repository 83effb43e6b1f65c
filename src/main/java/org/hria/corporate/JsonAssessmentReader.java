package org.hria.corporate;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON form of spec 4.1; an error's line is the number of the answer in {@code answers} (1 = first). */
final class JsonAssessmentReader {

	private JsonAssessmentReader() {
	}

	static AssessmentInput read(byte[] bytes, JsonMapper json) {
		Form form;
		try {
			form = json.rebuild()
				.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(bytes, Form.class);
		}
		catch (JacksonException ex) {
			throw new InvalidAssessmentException(List.of(new InputError(0, null,
					"the JSON cannot be read: " + ex.getOriginalMessage())));
		}
		List<InputError> errors = new ArrayList<>();
		if (form.enterpriseId() == null || form.enterpriseId().isBlank()) {
			errors.add(new InputError(0, "enterprise_id", "enterprise_id is required"));
		}
		int year = form.year() == null ? 0 : CsvAssessmentReader.year(form.year(), 0, errors);
		if (form.year() == null) {
			errors.add(new InputError(0, "year", "year is required"));
		}
		List<AnswerRow> answers = new ArrayList<>();
		List<Answer> given = form.answers() == null ? List.of() : form.answers();
		for (int i = 0; i < given.size(); i++) {
			Answer answer = given.get(i);
			answers.add(new AnswerRow(i + 1, answer.itemId() == null ? "" : answer.itemId().strip(), answer.answer(),
					answer.evidenceRef(), answer.comment()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidAssessmentException(errors);
		}
		return new AssessmentInput(form.enterpriseId().strip(),
				form.enterpriseName() == null ? "" : form.enterpriseName().strip(), year, form.checklistVersion(),
				form.salientIssues(), answers, List.of());
	}

	record Form(@JsonProperty("enterprise_id") String enterpriseId,
			@JsonProperty("enterprise_name") String enterpriseName, @JsonProperty("year") String year,
			@JsonProperty("checklist_version") String checklistVersion,
			@JsonProperty("salient_issues") List<String> salientIssues, @JsonProperty("answers") List<Answer> answers) {
	}

	record Answer(@JsonProperty("item_id") String itemId, @JsonProperty("answer") String answer,
			@JsonProperty("evidence_ref") List<String> evidenceRef, @JsonProperty("comment") String comment) {
	}

}
