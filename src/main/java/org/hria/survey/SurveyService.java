package org.hria.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Checks an uploaded survey facility by facility and stores it, all or nothing. */
@Service
class SurveyService {

	static final Set<String> PROFILES = Set.of("kr", "us-ada");

	private final SurveyChecker checker;

	private final SurveyRepository surveys;

	private final SurveyFacilityRepository facilities;

	private final JsonMapper json;

	SurveyService(SurveyChecker checker, SurveyRepository surveys, SurveyFacilityRepository facilities, JsonMapper json) {
		this.checker = checker;
		this.surveys = surveys;
		this.facilities = facilities;
		this.json = json;
	}

	/** Checks without storing; throws {@link SurveyInputException} listing every input error. */
	SurveyAnswer check(byte[] file, FacilityKind kind, String profile) {
		String version = checker.ruleSetVersion();
		return SurveyAnswer.of(null, null, kind, profile, version, checkAll(file, kind, profile));
	}

	@Transactional
	SurveyAnswer checkAndStore(byte[] file, FacilityKind kind, String profile, String title, String user) {
		String version = checker.ruleSetVersion();
		List<FacilityResult> results = checkAll(file, kind, profile);
		Survey survey = surveys.save(new Survey(blankToNull(title), kind, profile, version, user, results.size()));
		List<FacilityResult> stored = new ArrayList<>(results.size());
		for (FacilityResult result : results) {
			FacilityResult.Changes changes = facilities.findFirstByFacilityIdOrderByIdDesc(result.facilityId())
				.map(previous -> changes(previous, result))
				.orElse(null);
			SurveyFacility row = facilities.save(new SurveyFacility(survey.getId(), result, write(result.plan()),
					write(result.conditions()), write(changes)));
			stored.add(toResult(row));
		}
		return SurveyAnswer.of(survey.getId(), survey.getTitle(), kind, profile, version, stored);
	}

	@Transactional(readOnly = true)
	Optional<SurveyAnswer> find(long id) {
		return surveys.findById(id)
			.map(survey -> SurveyAnswer.of(survey.getId(), survey.getTitle(), survey.getKind(), survey.getProfile(),
					survey.getRuleSetVersion(),
					facilities.findBySurveyIdOrderById(id).stream().map(this::toResult).toList()));
	}

	@Transactional(readOnly = true)
	List<Survey> recent() {
		return surveys.findTop50ByOrderByIdDesc();
	}

	private List<FacilityResult> checkAll(byte[] file, FacilityKind kind, String profile) {
		if (!PROFILES.contains(profile)) {
			InputErrors errors = new InputErrors();
			errors.add(null, null, "found the profile '" + profile + "', expected kr or us-ada");
			throw new SurveyInputException(errors);
		}
		List<FacilityResult> results = new ArrayList<>();
		FacilityBatch batch = new FacilityBatch(checker, results::add);
		InputErrors errors = SurveyReader.read(file, kind, profile, json, batch);
		if (!errors.any()) {
			batch.flush();
		}
		if (!errors.any() && results.isEmpty()) {
			errors.add(null, null, "found no facility with a value, expected at least one surveyed facility");
		}
		if (errors.any()) {
			throw new SurveyInputException(errors);
		}
		return results;
	}

	private static FacilityResult.Changes changes(SurveyFacility previous, FacilityResult current) {
		List<String> before = previous.getFindings().stream().map(f -> f.toFinding().ruleId()).toList();
		List<String> now = current.findings().stream().map(Finding::ruleId).toList();
		return new FacilityResult.Changes(previous.getSurveyId(), previous.getVerdict(),
				before.stream().filter(id -> !now.contains(id)).distinct().toList(),
				now.stream().filter(id -> !before.contains(id)).distinct().toList());
	}

	FacilityResult toResult(SurveyFacility row) {
		return new FacilityResult(row.getFacilityId(), row.getName(), row.getKind(), row.getVerdict(),
				row.getFindings().stream().map(SurveyFinding::toFinding).toList(), row.getMissing(), null,
				read(row.getPlanJson(), new TypeReference<FacilityResult.StationPlan>() {
				}), read(row.getConditionsJson(), new TypeReference<List<String>>() {
				}), read(row.getChangesJson(), new TypeReference<FacilityResult.Changes>() {
				}));
	}

	private String write(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	private <T> T read(String text, TypeReference<T> type) {
		return text == null ? null : json.readValue(text, type);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
