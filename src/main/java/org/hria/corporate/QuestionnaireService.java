package org.hria.corporate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hria.rules.Checksums;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The web questionnaire of a self-assessor: answers are saved area by area into a DRAFT,
 * evidence files are attached to items, and the draft is submitted, scored and stored. Changing
 * a submitted assessment turns it back into a draft until it is submitted again.
 */
@Service
class QuestionnaireService {

	private final ChecklistStore checklists;

	private final CorporateService corporate;

	private final EnterpriseRepository enterprises;

	private final AssessmentRepository assessments;

	private final StoredAnswerRepository answers;

	private final EvidenceFileRepository evidence;

	QuestionnaireService(ChecklistStore checklists, CorporateService corporate, EnterpriseRepository enterprises,
			AssessmentRepository assessments, StoredAnswerRepository answers, EvidenceFileRepository evidence) {
		this.checklists = checklists;
		this.corporate = corporate;
		this.enterprises = enterprises;
		this.assessments = assessments;
		this.answers = answers;
		this.evidence = evidence;
	}

	Checklist checklist() {
		return checklists.current();
	}

	@Transactional(readOnly = true)
	Map<String, AnswerRow> answers(String enterpriseId, int year) {
		Map<String, AnswerRow> rows = new LinkedHashMap<>();
		assessments.findByEnterpriseIdAndYear(enterpriseId, year)
			.ifPresent(a -> answers.findByAssessmentIdOrderByLine(a.getId()).forEach(s -> rows.put(s.getItemId(), s.toRow())));
		return rows;
	}

	@Transactional(readOnly = true)
	java.util.Optional<Assessment> assessment(String enterpriseId, int year) {
		return assessments.findByEnterpriseIdAndYear(enterpriseId, year);
	}

	@Transactional(readOnly = true)
	List<EvidenceFile> evidence(Long assessmentId) {
		return evidence.findByAssessmentIdOrderById(assessmentId);
	}

	/** Replaces the answers of the given items; an empty answer removes the item's row (it counts as missing). */
	@Transactional
	Assessment saveDraft(String enterpriseId, int year, List<AnswerRow> rows, Caller caller) {
		Assessment assessment = draft(enterpriseId, year, caller);
		Map<String, StoredAnswer> stored = new LinkedHashMap<>();
		answers.findByAssessmentIdOrderByLine(assessment.getId()).forEach(s -> stored.put(s.getItemId(), s));
		for (AnswerRow row : rows) {
			StoredAnswer old = stored.get(row.itemId());
			if (old != null) {
				answers.delete(old);
			}
			if (!row.answer().isEmpty() || !row.evidenceRefs().isEmpty() || !row.comment().isEmpty()) {
				answers.save(new StoredAnswer(assessment.getId(), row));
			}
		}
		return assessment;
	}

	@Transactional
	EvidenceFile attach(String enterpriseId, int year, String itemId, String fileName, String contentType,
			byte[] content, Caller caller) {
		Assessment assessment = draft(enterpriseId, year, caller);
		EvidenceFile file = evidence.save(new EvidenceFile(assessment.getId(), itemId, fileName, contentType, content,
				Checksums.sha256(content), caller.username()));
		AnswerRow current = answers(enterpriseId, year).get(itemId);
		List<String> refs = new ArrayList<>(current == null ? List.of() : current.evidenceRefs());
		refs.add(fileName);
		saveDraft(enterpriseId, year, List.of(new AnswerRow(line(itemId), itemId, current == null ? "" : current.answer(),
				refs, current == null ? "" : current.comment())), caller);
		return file;
	}

	@Transactional
	Assessment submit(String enterpriseId, int year, List<String> salientIssues, Caller caller) {
		Assessment assessment = draft(enterpriseId, year, caller);
		Enterprise enterprise = enterprises.findById(enterpriseId).orElseThrow();
		Checklist checklist = checklists.current();
		List<AnswerRow> rows = new ArrayList<>(answers(enterpriseId, year).values());
		AssessmentInput input = new AssessmentInput(enterpriseId, enterprise.getName(), year, null, salientIssues, rows,
				List.of());
		List<ItemAnswer> interpreted = AnswerInterpreter.interpret(checklist, input, false);
		corporate.submit(assessment, checklist, input, interpreted, enterprise);
		return assessment;
	}

	int line(String itemId) {
		List<ChecklistItem> items = checklists.current().items();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).itemId().equals(itemId)) {
				return i + 2;
			}
		}
		return 0;
	}

	private Assessment draft(String enterpriseId, int year, Caller caller) {
		corporate.checkMayWrite(enterpriseId, caller);
		if (!enterprises.existsById(enterpriseId)) {
			throw CorporateService.notFound("There is no enterprise '" + enterpriseId + "' in the register.");
		}
		Assessment assessment = assessments.findByEnterpriseIdAndYear(enterpriseId, year)
			.orElseGet(() -> assessments.save(new Assessment(enterpriseId, year, checklists.current(), caller.username())));
		if (Assessment.SUBMITTED.equals(assessment.getState())) {
			assessment.reopenAsDraft(checklists.current(), assessment.getSalientIssues());
			assessments.save(assessment);
		}
		return assessment;
	}

}
