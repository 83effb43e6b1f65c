package org.hria.committee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * Turns a decision form of the meeting page into the data of the lifecycle's adopt, reject or defer.
 * The members ticked as present ({@code presentMembers}) go on as {@code membersPresent}, a list of ids.
 */
final class DecisionForm {

	static final int RECUSAL_ROWS = 3;

	private DecisionForm() {
	}

	static Map<String, Object> data(String action, long meetingId, MultiValueMap<String, String> form) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("meetingId", String.valueOf(meetingId));
		text(data, form, "reason");
		if (!"defer".equals(action)) {
			text(data, form, "decisionDate");
			for (String name : List.of("votesFor", "votesAgainst", "abstentions", "membersPresent")) {
				number(data, form, name);
			}
			List<String> present = form.get("presentMembers");
			if (present != null && !present.isEmpty()) {
				data.put("membersPresent", present);
			}
			data.put("recusals", recusals(form));
		}
		if ("adopt".equals(action)) {
			text(data, form, "adoptedText");
			List<String> addressees = form.get("addressees");
			data.put("addressees", addressees == null ? List.of() : addressees);
		}
		return data;
	}

	private static List<Map<String, Object>> recusals(MultiValueMap<String, String> form) {
		List<Map<String, Object>> recusals = new ArrayList<>();
		for (int row = 1; row <= RECUSAL_ROWS; row++) {
			String member = form.getFirst("recusalMember" + row);
			if (member != null && !member.isBlank()) {
				String reason = form.getFirst("recusalReason" + row);
				recusals.add(Map.of("memberId", member, "reason", reason == null ? "" : reason));
			}
		}
		return recusals;
	}

	private static void text(Map<String, Object> data, MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		if (value != null && !value.isBlank()) {
			data.put(name, value);
		}
	}

	/** A whole number goes on as a number; anything else as typed, so the lifecycle names the field. */
	private static void number(Map<String, Object> data, MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		if (value == null || value.isBlank()) {
			return;
		}
		data.put(name, value.strip().matches("\\d{1,9}") ? (Object) Integer.valueOf(value.strip()) : value);
	}

}
