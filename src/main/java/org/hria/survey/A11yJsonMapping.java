package org.hria.survey;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** The A11yJSON fields mapped to criteria (standards-facilities.md section 5). */
final class A11yJsonMapping {

	private A11yJsonMapping() {
	}

	/** Adds {criterion, value, unit or null, json path} for every mapped field present. */
	static void collect(JsonNode a11y, List<String[]> out) {
		JsonNode parking = a11y.path("parking");
		count(out, parking.path("count"), "parking.total_spaces", "accessibility.parking.count");
		JsonNode wheelchair = parking.path("forWheelchairUsers");
		count(out, wheelchair.path("count"), "parking.accessible_spaces", "accessibility.parking.forWheelchairUsers.count");
		quantity(out, wheelchair.path("width"), "parking.space_width", "accessibility.parking.forWheelchairUsers.width");
		quantity(out, wheelchair.path("length"), "parking.space_length", "accessibility.parking.forWheelchairUsers.length");
		bool(out, wheelchair.path("hasDedicatedSignage"), "parking.signage", "accessibility.parking.forWheelchairUsers.hasDedicatedSignage");
		entrance(out, mainEntrance(a11y.path("entrances")));
		JsonNode pathways = a11y.path("pathways");
		quantity(out, pathways.path("width"), "route.width", "accessibility.pathways.width");
		JsonNode surface = a11y.path("surface").isMissingNode() ? pathways.path("surface") : a11y.path("surface");
		quantity(out, surface.path("longitudinalSlope"), "route.running_slope", "accessibility.surface.longitudinalSlope");
		quantity(out, surface.path("lateralSlope"), "route.cross_slope", "accessibility.surface.lateralSlope");
		restroom(out, a11y.path("restrooms").path(0));
		elevator(out, a11y.path("availableEquipment"));
		quantity(out, a11y.path("desks").path(0).path("fixedHeight"), "counter.height", "accessibility.desks[0].fixedHeight");
		count(out, a11y.path("wheelchairPlaces").path("count"), "event.wheelchair_spaces", "accessibility.wheelchairPlaces.count");
		bool(out, a11y.path("hasInductionLoop"), "event.assistive_listening", "accessibility.hasInductionLoop");
		bool(out, a11y.path("hasBrailleSignage"), "signage.braille", "accessibility.hasBrailleSignage");
		bool(out, a11y.path("hasTactileGuideStrips"), "route.tactile_paving", "accessibility.hasTactileGuideStrips");
	}

	private static JsonNode mainEntrance(JsonNode entrances) {
		for (JsonNode entrance : entrances) {
			if (props(entrance).path("isMainEntrance").asBoolean(false)) {
				return entrance;
			}
		}
		return entrances.path(0);
	}

	/** The TS model nests entrance fields under properties; the documentation example does not. */
	private static JsonNode props(JsonNode entrance) {
		return entrance.has("properties") ? entrance.get("properties") : entrance;
	}

	private static void entrance(List<String[]> out, JsonNode entrance) {
		JsonNode e = props(entrance);
		String at = "accessibility.entrances[main]";
		bool(out, e.path("isLevel"), "entrance.step_free", at + ".isLevel");
		JsonNode stairs = e.path("stairs");
		if (stairs.has("stepHeight")) {
			String[] height = lengthOf(stairs.get("stepHeight"));
			if (height != null) {
				long steps = stairs.path("count").asLong(1);
				java.math.BigDecimal total = new java.math.BigDecimal(height[0]).multiply(java.math.BigDecimal.valueOf(steps));
				out.add(new String[] { "entrance.step_height", total.toPlainString(), height[1], at + ".stairs" });
			}
		}
		bool(out, e.path("hasFixedRamp"), "ramp.present", at + ".hasFixedRamp");
		quantity(out, e.path("slopeAngle"), "ramp.slope", at + ".slopeAngle");
		bool(out, e.path("hasSignage"), "entrance.accessible_signage", at + ".hasSignage");
		JsonNode door = e.path("door");
		quantity(out, door.path("width"), "entrance.door_clear_width", at + ".door.width");
		quantity(out, door.path("thresholdHeight"), "entrance.threshold", at + ".door.thresholdHeight");
		quantity(out, door.path("turningSpaceInFront"), "entrance.door_front_clearance", at + ".door.turningSpaceInFront");
		bool(out, door.path("hasErgonomicDoorHandle"), "entrance.door_hardware_operable", at + ".door.hasErgonomicDoorHandle");
	}

	private static void restroom(List<String[]> out, JsonNode restroom) {
		String at = "accessibility.restrooms[0]";
		bool(out, restroom.path("isAccessibleWithWheelchair"), "toilet.accessible_present", at + ".isAccessibleWithWheelchair");
		quantity(out, props(restroom.path("entrance")).path("door").path("width"), "toilet.door_clear_width", at + ".entrance.door.width");
		JsonNode toilet = restroom.path("toilet");
		JsonNode side = toilet.has("spaceOnUsersLeftSide") ? toilet.get("spaceOnUsersLeftSide") : toilet.path("spaceOnUsersRightSide");
		quantity(out, side, "toilet.side_transfer_space", at + ".toilet.spaceOnUsersLeftSide");
		JsonNode bars = toilet.path("grabBars");
		if (bars.isObject()) {
			boolean any = bars.path("onUsersLeftSide").asBoolean(false) || bars.path("onUsersRightSide").asBoolean(false);
			out.add(new String[] { "toilet.grab_bars", any ? "yes" : "no", null, at + ".toilet.grabBars" });
		}
		bool(out, restroom.path("hasEmergencyPullstring"), "toilet.emergency_call", at + ".hasEmergencyPullstring");
	}

	private static void elevator(List<String[]> out, JsonNode equipment) {
		if (!equipment.isArray()) {
			return;
		}
		for (JsonNode item : equipment) {
			JsonNode e = props(item);
			if ("elevator".equals(e.path("category").asString(""))) {
				String at = "accessibility.availableEquipment[elevator]";
				out.add(new String[] { "elevator.present", "yes", null, at });
				bool(out, e.path("isWorking"), "elevator.operational", at + ".isWorking");
				quantity(out, e.path("cabinWidth"), "elevator.car_width", at + ".cabinWidth");
				quantity(out, e.path("cabinLength"), "elevator.car_depth", at + ".cabinLength");
				quantity(out, e.path("heightOfControls"), "elevator.control_height", at + ".heightOfControls");
				quantity(out, e.path("door").path("width"), "elevator.door_clear_width", at + ".door.width");
				return;
			}
		}
		out.add(new String[] { "elevator.present", "no", null, "accessibility.availableEquipment" });
	}

	private static void bool(List<String[]> out, JsonNode node, String criterion, String path) {
		if (node.isBoolean()) {
			out.add(new String[] { criterion, node.asBoolean() ? "yes" : "no", null, path });
		}
	}

	private static void count(List<String[]> out, JsonNode node, String criterion, String path) {
		if (node.isNumber()) {
			out.add(new String[] { criterion, node.asString(), "count", path });
		}
	}

	private static void quantity(List<String[]> out, JsonNode node, String criterion, String path) {
		String[] value = lengthOf(node);
		if (value != null) {
			out.add(new String[] { criterion, value[0], value[1], path });
		}
	}

	/**
	 * {value, unit} of a quantity: an object {@code {value, unit}} or a js-quantities string
	 * ({@code "90 cm"}, {@code ">250cm"}: the bound is taken; {@code "40 .. 45cm"}: the lower end).
	 */
	static String[] lengthOf(JsonNode node) {
		if (node.isObject() && node.has("value")) {
			return new String[] { node.get("value").asString(), node.path("unit").asString("") };
		}
		if (!node.isString()) {
			return null;
		}
		String text = node.asString().strip().replaceFirst("^[<>~≥≤=]+\\s*", "");
		java.util.regex.Matcher range = java.util.regex.Pattern.compile("([\\d.]+)\\s*\\.\\.\\s*[\\d.]+\\s*(.*)")
			.matcher(text);
		if (range.matches()) {
			return new String[] { range.group(1), range.group(2) };
		}
		java.util.regex.Matcher single = java.util.regex.Pattern.compile("([\\d.]+)\\s*(.*)").matcher(text);
		return single.matches() ? new String[] { single.group(1), single.group(2) } : new String[] { text, "" };
	}

}
