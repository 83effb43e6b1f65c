package org.hria.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads A11yJSON ({@code PlaceInfo}, an array of them, or a GeoJSON FeatureCollection) and maps
 * its fields to criteria as in section 5 of the standards file. Entrance fields are read from
 * {@code properties} or directly from the array element (both occur). Criteria A11yJSON has no
 * field for (voting, events, service floor) may be given in {@code properties["hria:survey"]}
 * as {@code {"criterion": "value unit"}}. In errors, "line" is the place's position in the file
 * (1-based) and the message names the JSON path.
 */
final class A11yJsonReader {

	static final String EXTENSION = "hria:survey";

	private A11yJsonReader() {
	}

	static void read(JsonMapper json, String text, FacilityAssembler assembler, InputErrors errors) {
		JsonNode root;
		try {
			root = json.readTree(text);
		}
		catch (JacksonException ex) {
			errors.add(ex.getLocation() == null ? null : ex.getLocation().getLineNr(),
					ex.getLocation() == null ? null : ex.getLocation().getColumnNr(),
					"found malformed JSON: " + ex.getOriginalMessage());
			return;
		}
		List<JsonNode> places = new ArrayList<>();
		if (root.has("features")) {
			root.get("features").forEach(places::add);
		}
		else if (root.isArray()) {
			root.forEach(places::add);
		}
		else {
			places.add(root);
		}
		for (int i = 0; i < places.size(); i++) {
			readPlace(places.get(i), i + 1, assembler, errors);
		}
		assembler.finish();
	}

	private static void readPlace(JsonNode place, int number, FacilityAssembler assembler, InputErrors errors) {
		JsonNode properties = place.path("properties");
		if (!properties.isObject()) {
			errors.add(number, null, "place " + number + ": found no properties object, expected an A11yJSON PlaceInfo");
			return;
		}
		String id = firstText(properties.path("_id"), place.path("_id"), properties.path("id"), place.path("id"));
		Facility facility = assembler.facility(id, name(properties.path("name")),
				text(properties.path(EXTENSION).path("kind")), number, null, null);
		if (facility == null) {
			return;
		}
		List<String[]> values = new ArrayList<>();
		A11yJsonMapping.collect(properties.path("accessibility"), values);
		properties.path(EXTENSION).properties().forEach(entry -> {
			if (!"kind".equals(entry.getKey())) {
				values.add(new String[] { entry.getKey(), entry.getValue().asString(), null,
						"properties." + EXTENSION + "." + entry.getKey() });
			}
		});
		for (String[] value : values) {
			Criterion criterion = Criteria.catalogue().find(value[0]).orElse(null);
			if (criterion != null && !criterion.appliesTo(facility.getKind()) && value[3].startsWith("accessibility")) {
				continue;
			}
			assembler.measure(facility, value[0], null, value[1], null, value[2], null, value[3], number);
		}
	}

	private static String name(JsonNode name) {
		if (name.isObject()) {
			for (String language : new String[] { "ko", "en" }) {
				if (name.has(language)) {
					return name.get(language).asString();
				}
			}
			return name.properties().stream().findFirst().map(Map.Entry::getValue).map(JsonNode::asString).orElse(null);
		}
		return text(name);
	}

	private static String firstText(JsonNode... nodes) {
		for (JsonNode node : nodes) {
			String text = text(node);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private static String text(JsonNode node) {
		return node == null || node.isMissingNode() || node.isNull() ? null : node.asString();
	}

}
