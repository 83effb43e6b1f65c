package org.hria.corporate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads each answer against the checklist (spec 4.1 and 3.2). Unknown item ids, a duplicate row
 * with a different answer and a wrong checklist version are always input errors. In strict mode
 * (the default of an upload) an answer outside the scale, NA where not allowed and NA without a
 * reason are input errors too; otherwise they are findings and the item counts as missing.
 */
final class AnswerInterpreter {

	static final String MISSING = "MISSING";

	static final String NA_NOT_ALLOWED = "NA_NOT_ALLOWED";

	static final String NA_WITHOUT_REASON = "NA_WITHOUT_REASON";

	static final String OUT_OF_SCALE = "OUT_OF_SCALE";

	private static final Set<String> NA = Set.of("na", "n/a", "해당없음");

	private static final Set<String> YES = Set.of("yes", "y", "예", "2");

	private static final Set<String> NO = Set.of("no", "n", "아니오", "아니요", "0");

	private AnswerInterpreter() {
	}

	static List<ItemAnswer> interpret(Checklist checklist, AssessmentInput input, boolean strict) {
		List<InputError> errors = new ArrayList<>(input.readErrors());
		if (input.checklistVersion() != null && !input.checklistVersion().isBlank()
				&& !input.checklistVersion().strip().equals(checklist.version())) {
			errors.add(new InputError(0, "checklist_version", "the checklist version '" + input.checklistVersion()
					+ "' is not the current one, " + checklist.version()));
		}
		Map<String, AnswerRow> rows = rowsByItem(checklist, input.answers(), errors);
		List<ItemAnswer> answers = new ArrayList<>();
		for (ChecklistItem item : checklist.items()) {
			AnswerRow row = rows.get(item.itemId());
			ItemAnswer answer = interpret(item, row);
			if (strict && row != null && !answer.findings().isEmpty() && !answer.findings().contains(MISSING)) {
				errors.add(new InputError(row.line(), "answer", message(item, row, answer.findings().get(0))));
			}
			answers.add(answer);
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(InputError::line));
			throw new InvalidAssessmentException(errors);
		}
		return answers;
	}

	static ItemAnswer interpret(ChecklistItem item, AnswerRow row) {
		if (row == null || row.answer().isEmpty()) {
			return new ItemAnswer(item, row, null, false, List.of(MISSING));
		}
		String answer = row.answer().toLowerCase(Locale.ROOT);
		if (NA.contains(answer)) {
			if (!item.naAllowed()) {
				return new ItemAnswer(item, row, null, false, List.of(NA_NOT_ALLOWED));
			}
			if (row.comment().isEmpty()) {
				return new ItemAnswer(item, row, null, false, List.of(NA_WITHOUT_REASON));
			}
			return new ItemAnswer(item, row, null, true, List.of());
		}
		Integer score = score(item.scale(), answer);
		return score == null ? new ItemAnswer(item, row, null, false, List.of(OUT_OF_SCALE))
				: new ItemAnswer(item, row, score, false, List.of());
	}

	/** The questionnaire's option for a stored answer: yes, no, NA, 0, 1, 2, or empty when unreadable. */
	static String option(ChecklistItem item, AnswerRow row) {
		if (row == null || row.answer().isEmpty()) {
			return "";
		}
		String answer = row.answer().toLowerCase(Locale.ROOT);
		if (NA.contains(answer)) {
			return "NA";
		}
		Integer score = score(item.scale(), answer);
		if (score == null) {
			return "";
		}
		return ChecklistItem.SCALE_YN.equals(item.scale()) ? (score == 2 ? "yes" : "no") : score.toString();
	}

	private static Integer score(String scale, String answer) {
		if (ChecklistItem.SCALE_YN.equals(scale)) {
			return YES.contains(answer) ? Integer.valueOf(2) : NO.contains(answer) ? Integer.valueOf(0) : null;
		}
		return switch (answer) {
			case "0" -> 0;
			case "1" -> 1;
			case "2" -> 2;
			default -> null;
		};
	}

	private static Map<String, AnswerRow> rowsByItem(Checklist checklist, List<AnswerRow> rows,
			List<InputError> errors) {
		Map<String, AnswerRow> byItem = new LinkedHashMap<>();
		for (AnswerRow row : rows) {
			if (checklist.item(row.itemId()).isEmpty()) {
				errors.add(new InputError(row.line(), "item_id", "unknown item id '" + row.itemId()
						+ "': the checklist " + checklist.version() + " has no such item"));
				continue;
			}
			AnswerRow earlier = byItem.putIfAbsent(row.itemId(), row);
			if (earlier != null && !earlier.sameAnswerAs(row)) {
				errors.add(new InputError(row.line(), "item_id", "a second row for " + row.itemId()
						+ " with a different answer (first on line " + earlier.line() + "); keep one row per item"));
			}
		}
		return byItem;
	}

	private static String message(ChecklistItem item, AnswerRow row, String finding) {
		return switch (finding) {
			case NA_NOT_ALLOWED -> "NA is not allowed for " + item.itemId() + "; answer it on its scale";
			case NA_WITHOUT_REASON -> "NA for " + item.itemId() + " needs the reason in the comment";
			default -> "the answer '" + row.answer() + "' for " + item.itemId() + " is outside its scale ("
					+ (ChecklistItem.SCALE_YN.equals(item.scale()) ? "yes/no, 예/아니오" : "0, 1, 2") + " or NA)";
		};
	}

}
