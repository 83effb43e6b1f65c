package org.hria.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Resolves the findings of a new recommendation: structured references given in the request, then
 * every {@link FindingLookup} the domains register, in that order. A finding the caller may not
 * see is answered like an unknown one, so its existence is not revealed.
 */
@Component
class FindingSources {

	private static final List<FieldSpec> REF_FIELDS = List.of(
			FieldSpec.code("sourceType", true, "ORDINANCE", "SURVEY", "CORPORATE", "CASE"),
			FieldSpec.required("sourceId", FieldSpec.Kind.TEXT), FieldSpec.required("findingId", FieldSpec.Kind.TEXT),
			FieldSpec.optional("ruleId", FieldSpec.Kind.TEXT), FieldSpec.required("locator", FieldSpec.Kind.TEXT));

	private final List<FindingLookup> lookups;

	FindingSources(List<FindingLookup> lookups) {
		this.lookups = lookups;
	}

	List<String> sourceTypes() {
		return lookups.stream().map(FindingLookup::sourceType).toList();
	}

	List<Finding> resolve(List<String> findingIds, List<Map<String, Object>> structured, Caller caller) {
		List<Map<String, String>> errors = new ArrayList<>();
		Map<String, Finding> found = new LinkedHashMap<>();
		for (int i = 0; i < structured.size(); i++) {
			String prefix = "findings[" + i + "].";
			List<Map<String, String>> itemErrors = new TransitionData(structured.get(i)).check(REF_FIELDS);
			itemErrors.forEach(e -> errors.add(TransitionData.error(prefix + e.get("field"), e.get("code"),
					e.get("message").substring(e.get("field").length() + 1))));
			if (itemErrors.isEmpty()) {
				TransitionData ref = new TransitionData(structured.get(i));
				found.put(ref.text("findingId"), new Finding(Finding.SourceType.valueOf(ref.text("sourceType")),
						ref.text("sourceId"), ref.text("findingId"), ref.text("ruleId"), ref.text("locator")));
			}
		}
		for (String id : findingIds) {
			if (!found.containsKey(id)) {
				lookup(id.strip(), caller.viewer()).ifPresentOrElse(finding -> found.put(id, finding),
						() -> errors.add(TransitionData.error("findingIds", "unknown", "has '" + id
								+ "', which no finding source knows or you may not see (registered sources: "
								+ sourceTypes() + "); copy the id with its prefix (ORD-, SUR-, CORP-) from the"
								+ " findings page")));
			}
		}
		if (errors.isEmpty() && found.isEmpty()) {
			errors.add(TransitionData.error("findingIds", "required", "needs at least one finding"));
		}
		if (!errors.isEmpty()) {
			throw LifecycleProblem.invalid(errors);
		}
		return List.copyOf(found.values());
	}

	/** The re-check of a stored finding by the source that produced it, if that source can re-check by this method. */
	Optional<FindingLookup.Recheck> recheck(String sourceType, String findingId, String method) {
		return lookups.stream()
			.filter(lookup -> lookup.sourceType().equals(sourceType))
			.map(lookup -> lookup.recheck(findingId, method))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private Optional<Finding> lookup(String findingId, FindingLookup.Viewer viewer) {
		for (FindingLookup lookup : lookups) {
			Optional<FindingLookup.FindingView> view = lookup.find(findingId, viewer);
			if (view.isPresent()) {
				FindingLookup.FindingView v = view.get();
				return Optional.of(new Finding(Finding.SourceType.valueOf(lookup.sourceType()), v.sourceId(),
						v.findingId(), v.ruleId(), v.locator()));
			}
		}
		return Optional.empty();
	}

}
