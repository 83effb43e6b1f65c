package org.hria.corporate;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads, scores and stores assessments. An upload is read and checked completely before
 * anything is written, and everything it writes is one transaction: bad input stores nothing.
 */
@Service
class CorporateService {

	private final ChecklistStore checklists;

	private final AssessmentScorer scorer;

	private final EnterpriseRepository enterprises;

	private final EnterpriseMemberRepository members;

	private final AssessmentRepository assessments;

	private final StoredAnswerRepository answers;

	private final JsonMapper json;

	CorporateService(ChecklistStore checklists, AssessmentScorer scorer, EnterpriseRepository enterprises,
			EnterpriseMemberRepository members, AssessmentRepository assessments, StoredAnswerRepository answers,
			JsonMapper json) {
		this.checklists = checklists;
		this.scorer = scorer;
		this.enterprises = enterprises;
		this.members = members;
		this.assessments = assessments;
		this.answers = answers;
		this.json = json;
	}

	/** Scores without storing: what a case folder or a preview needs. */
	ScoredAssessment preview(byte[] content, boolean strict, Report previous) {
		Checklist checklist = checklists.current();
		AssessmentInput input = AssessmentReader.read(content, json);
		List<ItemAnswer> interpreted = AnswerInterpreter.interpret(checklist, input, strict);
		return scorer.score(checklist, input, interpreted, null, previous);
	}

	@Transactional
	UploadResult upload(byte[] content, boolean strict, Caller caller) {
		Checklist checklist = checklists.current();
		AssessmentInput input = AssessmentReader.read(content, json);
		List<ItemAnswer> interpreted = AnswerInterpreter.interpret(checklist, input, strict);
		checkMayWrite(input.enterpriseId(), caller);
		Optional<Enterprise> known = enterprises.findById(input.enterpriseId());
		Enterprise enterprise = known.orElseGet(() -> enterprises.save(new Enterprise(input.enterpriseId(),
				input.enterpriseName().isEmpty() ? input.enterpriseId() : input.enterpriseName(), null)));
		Optional<Assessment> existing = assessments.findByEnterpriseIdAndYear(enterprise.getId(), input.year());
		Assessment assessment = existing
			.orElseGet(() -> assessments.save(new Assessment(enterprise.getId(), input.year(), checklist, caller.username())));
		answers.deleteByAssessment(assessment.getId());
		input.answers().forEach(row -> answers.save(new StoredAnswer(assessment.getId(), row)));
		Report report = submit(assessment, checklist, input, interpreted, enterprise);
		return new UploadResult(assessment.getId(), assessment.getState(), known.isEmpty(), existing.isPresent(), report);
	}

	/** Scores and stores; the report is computed once, here, and kept as it is. */
	Report submit(Assessment assessment, Checklist checklist, AssessmentInput input, List<ItemAnswer> interpreted,
			Enterprise enterprise) {
		Report previous = previous(enterprise.getId(), input.year()).orElse(null);
		AssessmentInput named = new AssessmentInput(enterprise.getId(), enterprise.getName(), input.year(),
				input.checklistVersion(), input.salientIssues(), input.answers(), List.of());
		Report report = scorer.score(checklist, named, interpreted, enterprise.getSupervisingDepartment(), previous)
			.report();
		assessment.submit(report, json.writeValueAsString(report), json.writeValueAsString(input.salientIssues()));
		assessments.save(assessment);
		return report;
	}

	@Transactional(readOnly = true)
	StoredReport find(long id, Caller caller) {
		Assessment assessment = visible(id, caller);
		return new StoredReport(assessment.getId(), assessment.getState(), assessment.getRuleSetVersion(),
				report(assessment));
	}

	Assessment visible(long id, Caller caller) {
		return assessments.findById(id)
			.filter(assessment -> caller.bureau() || memberOf(caller).filter(assessment.getEnterpriseId()::equals).isPresent())
			.orElseThrow(() -> notFound("There is no corporate assessment " + id + " that you may see."));
	}

	Report report(Assessment assessment) {
		return assessment.getReportJson() == null ? null : json.readValue(assessment.getReportJson(), Report.class);
	}

	Optional<String> memberOf(Caller caller) {
		return members.findById(caller.username()).map(EnterpriseMember::getEnterpriseId);
	}

	void checkMayWrite(String enterpriseId, Caller caller) {
		if (caller.officer()) {
			return;
		}
		if (memberOf(caller).filter(enterpriseId::equals).isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may upload and change "
					+ "only the assessments of your own enterprise, not of '" + enterpriseId
					+ "'. Ask the Human Rights Bureau to link your account to the right enterprise.");
			throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
		}
	}

	private Optional<Report> previous(String enterpriseId, int year) {
		return assessments.findByEnterpriseIdAndStateAndYearLessThanOrderByYearDesc(enterpriseId, Assessment.SUBMITTED, year)
			.stream()
			.findFirst()
			.map(this::report);
	}

	static ErrorResponseException notFound(String detail) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
	}

	record UploadResult(Long id, String state, boolean enterpriseAdded, boolean replaced, Report report) {
	}

	record StoredReport(Long id, String state, String ruleSetVersion, Report report) {
	}

}
