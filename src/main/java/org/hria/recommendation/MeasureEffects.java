package org.hria.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/** Measures, progress and evidence of an assignment (spec 1.2, rows 14, 18 and 19). */
@Component
class MeasureEffects {

	static final Set<String> EVIDENCE_TYPES = Set.of("DOCUMENT", "PHOTO", "RESURVEY", "ORDINANCE_AMENDMENT",
			"BUDGET_LINE");

	private static final List<FieldSpec> MEASURE_FIELDS = List.of(FieldSpec.required("description", FieldSpec.Kind.TEXT),
			FieldSpec.code("kind", true, "TEMPORARY", "PERMANENT"),
			FieldSpec.required("responsibleUnit", FieldSpec.Kind.TEXT),
			FieldSpec.required("targetDate", FieldSpec.Kind.DATE));

	private static final List<FieldSpec> EVIDENCE_FIELDS = List.of(
			FieldSpec.code("type", true, EVIDENCE_TYPES.stream().sorted().toArray(String[]::new)),
			FieldSpec.required("uri", FieldSpec.Kind.TEXT));

	private final MeasureRepository measures;

	private final EvidenceRepository evidence;

	MeasureEffects(MeasureRepository measures, EvidenceRepository evidence) {
		this.measures = measures;
		this.evidence = evidence;
	}

	List<Map<String, String>> checkPlan(List<Map<String, Object>> plan) {
		if (plan.isEmpty()) {
			return List.of(TransitionData.error("measures", "required", "needs at least one measure in the plan"));
		}
		return checkItems("measures", plan, MEASURE_FIELDS);
	}

	/** A new response replaces the plan of a returned one; old planned measures are dropped, not deleted. */
	void replacePlan(Assignment assignment, List<Map<String, Object>> plan) {
		for (Measure old : measures.findByAssignmentIdOrderById(assignment.id)) {
			if ("PLANNED".equals(old.status)) {
				old.status = "DROPPED";
				old.statusReason = "replaced by a new response";
			}
		}
		plan.forEach(values -> add(assignment, new TransitionData(values)));
	}

	void apply(String action, Assignment assignment, TransitionData data) {
		switch (action) {
			case "add_measure" -> add(assignment, data);
			case "report_progress" -> progress(assignment, data);
			case "change_target_date" -> {
				Measure measure = openMeasure(assignment, data);
				measure.targetDate = data.date("targetDate");
				measure.statusReason = data.text("reason");
			}
			case "drop_measure" -> {
				Measure measure = openMeasure(assignment, data);
				measure.status = "DROPPED";
				measure.statusReason = data.text("reason");
			}
			case "declare_implemented" -> declare(assignment, data);
			default -> throw new IllegalStateException("No effect for " + action);
		}
	}

	private void add(Assignment assignment, TransitionData data) {
		measures.save(new Measure(assignment.id, data.text("description"), data.text("kind"),
				data.text("responsibleUnit"), data.date("targetDate")));
	}

	private void progress(Assignment assignment, TransitionData data) {
		Measure measure = openMeasure(assignment, data);
		int percent = data.integer("percent");
		List<Map<String, String>> errors = new ArrayList<>(checkItems("evidence", data.objects("evidence"),
				EVIDENCE_FIELDS));
		if (percent > 100) {
			errors.add(TransitionData.error("percent", "invalid", "must be at most 100"));
		}
		if (!errors.isEmpty()) {
			throw LifecycleProblem.invalid(errors);
		}
		measure.percent = percent;
		measure.status = percent == 100 ? "DONE" : "IN_PROGRESS";
		measure.doneAt = percent == 100 ? data.dateOr("date", Clocks.today()) : null;
		for (Map<String, Object> item : data.objects("evidence")) {
			TransitionData e = new TransitionData(item);
			evidence.save(new Evidence(measure.id, e.text("type"), e.text("uri"), e.text("sha256"),
					Boolean.TRUE.equals(item.get("public"))));
		}
	}

	private void declare(Assignment assignment, TransitionData data) {
		List<Measure> plan = measures.findByAssignmentIdOrderById(assignment.id);
		List<Long> done = plan.stream().filter(m -> "DONE".equals(m.status)).map(m -> m.id).toList();
		Set<Long> withEvidence = new java.util.HashSet<>();
		evidence.findByMeasureIdIn(done).forEach(e -> withEvidence.add(e.measureId));
		List<Map<String, String>> errors = new ArrayList<>();
		plan.stream()
			.filter(Measure::open)
			.forEach(m -> errors.add(TransitionData.error("measures", "open", "has measure " + m.id + " still "
					+ m.status + "; mark it DONE or drop it with a reason")));
		done.stream()
			.filter(id -> !withEvidence.contains(id))
			.forEach(id -> errors.add(TransitionData.error("evidence", "required", "is missing for done measure " + id)));
		if (done.isEmpty() && errors.isEmpty()) {
			errors.add(TransitionData.error("measures", "none-done", "has no DONE measure"));
		}
		if (!errors.isEmpty()) {
			throw LifecycleProblem.invalid(errors);
		}
		assignment.implementedAt = data.dateOr("implementedDate", Clocks.today());
	}

	private Measure openMeasure(Assignment assignment, TransitionData data) {
		Measure measure = measures.findById(data.id("measureId"))
			.filter(m -> m.assignmentId.equals(assignment.id))
			.orElseThrow(() -> LifecycleProblem.invalid("measureId", "unknown", "is not a measure of this assignment"));
		if (!measure.open()) {
			throw LifecycleProblem.invalid("measureId", "closed", "is already " + measure.status);
		}
		return measure;
	}

	private static List<Map<String, String>> checkItems(String list, List<Map<String, Object>> items,
			List<FieldSpec> fields) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String prefix = list + "[" + i + "].";
			new TransitionData(items.get(i)).check(fields)
				.forEach(e -> errors.add(TransitionData.error(prefix + e.get("field"), e.get("code"),
						e.get("message").substring(e.get("field").length() + 1))));
		}
		return errors;
	}

}
