package org.hria.corporate;

import java.util.Locale;

/** The texts of spec 3.4: "Put in place: requirement", the enterprise's shortfall, the item id and its anchors. */
final class Recommendations {

	static final String DEFAULT_SUPERVISOR = "supervising city department";

	private Recommendations() {
	}

	static String text(ItemAnswer answer) {
		ChecklistItem item = answer.item();
		StringBuilder text = new StringBuilder("[").append(item.itemId())
			.append("] Put in place: ")
			.append(lowerFirst(item.requirementEn()))
			.append(" (")
			.append(item.anchors())
			.append(")");
		if (!answer.comment().isEmpty()) {
			text.append(". Shortfall noted: ").append(answer.comment());
		}
		if (item.advisory()) {
			text.append(". Advisory: the Korean statute this item may cite is unverified (U) until checked on law.go.kr");
		}
		return text.toString();
	}

	static String textKo(ItemAnswer answer) {
		ChecklistItem item = answer.item();
		String text = "[" + item.itemId() + "] 갖출 것: " + item.requirementKo() + " (UNGP " + item.ungp()
				+ "; 국가인권위원회 원칙 " + item.nhrckArea() + ")";
		if (!answer.comment().isEmpty()) {
			text += ". 기관이 밝힌 부족한 점: " + answer.comment();
		}
		return item.advisory() ? text + ". 참고: 관련 법령 인용은 확인되지 않았습니다(U)" : text;
	}

	static String evidenceText(ChecklistItem item) {
		return "[" + item.itemId() + "] Attach evidence (" + item.evidence()
				+ ") for the answer 'fully', or the item is not given full credit";
	}

	private static String lowerFirst(String text) {
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
			return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
		}
		return text;
	}

}
