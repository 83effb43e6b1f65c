package org.hria.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to an upload and to {@code GET /api/surveys/{id}}: verdicts per facility, summary and election-day plan. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyAnswer(Long id, String title, FacilityKind kind, String profile, String ruleSetVersion,
		Map<String, Integer> summary, List<FacilityResult> facilities, ElectionDayPlan electionDayPlan) {

	static SurveyAnswer of(Long id, String title, FacilityKind kind, String profile, String ruleSetVersion,
			List<FacilityResult> facilities) {
		return new SurveyAnswer(id, title, kind, profile, ruleSetVersion, summary(kind, facilities), facilities,
				ElectionDayPlan.of(facilities));
	}

	/** Every verdict of the kinds in the survey, in the order of the spec, with how many facilities got it. */
	static Map<String, Integer> summary(FacilityKind kind, List<FacilityResult> facilities) {
		Map<String, Integer> summary = new LinkedHashMap<>();
		kind.verdicts().forEach(verdict -> summary.put(verdict, 0));
		facilities.forEach(facility -> {
			facility.kind().verdicts().forEach(verdict -> summary.putIfAbsent(verdict, 0));
			summary.merge(facility.verdict(), 1, Integer::sum);
		});
		return summary;
	}

	/** The temporary measures of every polling station, and in total what to bring for how many stations. */
	public record ElectionDayPlan(List<Station> stations, List<Item> total, List<String> relocate) {

		static ElectionDayPlan of(List<FacilityResult> facilities) {
			List<Station> stations = new ArrayList<>();
			Map<String, List<String>> byItem = new TreeMap<>();
			List<String> relocate = new ArrayList<>();
			for (FacilityResult facility : facilities) {
				if (facility.plan() == null) {
					continue;
				}
				if (facility.plan().relocate()) {
					relocate.add(facility.facilityId());
				}
				if (!facility.plan().measures().isEmpty()) {
					stations.add(new Station(facility.facilityId(), facility.name(), facility.verdict(),
							facility.plan().measures(), facility.plan().bring()));
				}
				facility.plan().bring().forEach(
						item -> byItem.computeIfAbsent(item, key -> new ArrayList<>()).add(facility.facilityId()));
			}
			if (stations.isEmpty() && relocate.isEmpty() && facilities.stream().allMatch(f -> f.plan() == null)) {
				return null;
			}
			List<Item> total = byItem.entrySet()
				.stream()
				.map(entry -> new Item(entry.getKey(), entry.getValue().size(), entry.getValue()))
				.toList();
			return new ElectionDayPlan(stations, total, relocate);
		}

	}

	/** One station's measures and equipment. */
	public record Station(String facilityId, String name, String verdict, List<String> measures, List<String> bring) {
	}

	/** One thing to bring, for how many stations and which. */
	public record Item(String item, int stations, List<String> facilityIds) {
	}

}
