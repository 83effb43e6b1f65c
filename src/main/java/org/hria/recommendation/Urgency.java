package org.hria.recommendation;

import java.time.LocalDate;

/**
 * The urgency part of spec 3.4: the weight counts when a dated event (an election, a public event)
 * falls from today to today + the window (both ends included); otherwise 0, saying why.
 */
final class Urgency {

	private Urgency() {
	}

	static Priority.Part of(LocalDate eventDate, String eventName, LocalDate today, TriageSettings.Weight weight,
			TriageSettings.Weight window) {
		long days = (long) window.number();
		String name = eventName == null || eventName.isBlank() ? "event" : eventName.strip();
		double value = 0;
		String because;
		if (eventDate == null) {
			because = "no dated event given";
		}
		else if (eventDate.isBefore(today)) {
			because = name + " on " + eventDate + " is past (today " + today + ")";
		}
		else if (eventDate.isAfter(today.plusDays(days))) {
			because = name + " on " + eventDate + " is more than " + days + " days ahead (window ends "
					+ today.plusDays(days) + ")";
		}
		else {
			value = weight.number();
			because = name + " on " + eventDate + " is within " + days + " days (in "
					+ java.time.temporal.ChronoUnit.DAYS.between(today, eventDate) + " days)";
		}
		return new Priority.Part("urgency", value, because, weight.source(), weight.status());
	}

}
