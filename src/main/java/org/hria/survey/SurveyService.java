package org.hria.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

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

	private final SurveyFindingWriter findingWriter;

	private final EntityManager entityManager;

	private final JsonMapper json;

	SurveyService(SurveyChecker checker, SurveyRepository surveys, SurveyFacilityRepository facilities,
			SurveyFindingWriter findingWriter, EntityManager entityManager, JsonMapper json) {
		this.checker = checker;
		this.surveys = surveys;
		this.facilities = facilities;
		this.findingWriter = findingWriter;
		this.entityManager = entityManager;
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
		Map<String, Outcome> previous = latest(results);
		Survey survey = surveys.save(new Survey(blankToNull(title), kind, profile, version, user, results.size()));
		List<SurveyFacility> rows = new ArrayList<>(results.size());
		for (FacilityResult result : results) {
			Outcome last = previous.get(result.facilityId());
			rows.add(new SurveyFacility(survey.getId(), result.withFindings(List.of()), write(result.plan()),
					write(result.conditions()), write(last == null ? null : changes(last, result))));
		}
		facilities.saveAll(rows);
		entityManager.flush();
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			findingWriter.insert(rows.get(i).getId(), results.get(i).findings(), batch);
		}
		findingWriter.flush(batch);
		entityManager.clear();
		return find(survey.getId()).orElseThrow();
	}

	@Transactional(readOnly = true)
	Optional<SurveyAnswer> find(long id) {
		return surveys.findById(id)
			.map(survey -> SurveyAnswer.of(survey.getId(), survey.getTitle(), survey.getKind(), survey.getProfile(),
					survey.getRuleSetVersion(),
					facilities.findWithFindings(id).stream().map(this::toResult).toList()));
	}

	/** The outcome of a facility's latest stored survey: which survey, its verdict, the rules that failed. */
	private record Outcome(Long surveyId, String verdict, List<String> ruleIds) {
	}

	/** The latest stored outcome of each facility id, looked up before anything of this survey is saved. */
	private Map<String, Outcome> latest(List<FacilityResult> results) {
		Map<String, Outcome> latest = new HashMap<>();
		List<String> ids = results.stream().map(FacilityResult::facilityId).toList();
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> rows = facilities.findLatestIds(ids.subList(from, Math.min(ids.size(), from + 500)));
			if (!rows.isEmpty()) {
				for (Object[] row : facilities.findOutcomes(rows)) {
					Outcome outcome = latest.computeIfAbsent((String) row[0],
							id -> new Outcome((Long) row[1], (String) row[2], new ArrayList<>()));
					if (row[3] != null) {
						outcome.ruleIds().add((String) row[3]);
					}
				}
			}
		}
		return latest;
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

	private static FacilityResult.Changes changes(Outcome previous, FacilityResult current) {
		List<String> before = previous.ruleIds();
		List<String> now = current.findings().stream().map(Finding::ruleId).toList();
		Set<String> beforeSet = Set.copyOf(before);
		Set<String> nowSet = Set.copyOf(now);
		return new FacilityResult.Changes(previous.surveyId(), previous.verdict(),
				before.stream().filter(id -> !nowSet.contains(id)).distinct().toList(),
				now.stream().filter(id -> !beforeSet.contains(id)).distinct().toList());
	}

	FacilityResult toResult(SurveyFacility row) {
		return new FacilityResult(row.getFacilityId(), row.getName(), row.getKind(), row.getVerdict(),
				row.getFindings().stream().map(SurveyFinding::toFinding).toList(), row.getMissing(), null,
				read(row.getPlanJson(), new TypeReference<FacilityResult.StationPlan>() {
				}), read(row.getConditionsJson(), new TypeReference<List<String>>() {
				}), read(row.getChangesJson(), new TypeReference<FacilityResult.Changes>() {
				}), row.getSurveyed());
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
