package org.hria.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/** Turns the addressee's form fields into the {@code data} of a transition, as the API receives it. */
final class AddresseeForms {

	private AddresseeForms() {
	}

	static Map<String, Object> data(String action, MultiValueMap<String, String> form) {
		Map<String, Object> data = new LinkedHashMap<>();
		switch (action) {
			case "acknowledge" -> text(data, form, "receivedDate");
			case "respond" -> respond(data, form);
			case "add_measure" -> measure(form, "").forEach(data::put);
			case "report_progress" -> {
				text(data, form, "measureId");
				text(data, form, "text");
				String percent = form.getFirst("percent");
				data.put("percent", percent != null && percent.strip().matches("\\d{1,3}")
						? Integer.valueOf(percent.strip()) : percent);
			}
			case "declare_implemented" -> text(data, form, "implementedDate");
			case "change_target_date" -> {
				text(data, form, "measureId");
				text(data, form, "targetDate");
				text(data, form, "reason");
			}
			case "drop_measure" -> {
				text(data, form, "measureId");
				text(data, form, "reason");
			}
			default -> {
			}
		}
		return data;
	}

	private static void respond(Map<String, Object> data, MultiValueMap<String, String> form) {
		text(data, form, "decision");
		List<String> codes = form.getOrDefault("reasonCodes", List.of());
		if (!codes.isEmpty()) {
			data.put("reasonCodes", codes);
		}
		text(data, form, "reason");
		text(data, form, "publicReason");
		text(data, form, "acceptedParts");
		List<Map<String, Object>> measures = new ArrayList<>();
		for (String prefix : List.of("m1.", "m2.")) {
			Map<String, Object> measure = measure(form, prefix);
			if (!measure.isEmpty()) {
				measures.add(measure);
			}
		}
		data.put("measures", measures);
	}

	/** A measure's four fields; empty when the row was left blank. */
	private static Map<String, Object> measure(MultiValueMap<String, String> form, String prefix) {
		Map<String, Object> measure = new LinkedHashMap<>();
		for (String field : List.of("description", "responsibleUnit", "targetDate")) {
			text(measure, form, prefix + field);
		}
		if (measure.isEmpty()) {
			return measure;
		}
		text(measure, form, prefix + "kind");
		Map<String, Object> named = new LinkedHashMap<>();
		measure.forEach((key, value) -> named.put(key.substring(prefix.length()), value));
		return named;
	}

	private static void text(Map<String, Object> data, MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		if (value != null && !value.isBlank()) {
			data.put(name, value.strip());
		}
	}

}
