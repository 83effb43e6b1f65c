package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The urgency part of spec 3.4 with the weights of rules/recommendations/triage.csv, on fixed days. */
class UrgencyTests {

	private static final TriageSettings SETTINGS = new TriageSettings(Path.of("rules"));

	private static final LocalDate TODAY = LocalDate.of(2027, 2, 10);

	@Test
	void anElectionWithinNinetyDaysAddsHalfAndTheExplanationNamesIt() {
		Priority.Part part = urgency(LocalDate.of(2027, 4, 1), "재보궐선거");
		assertThat(part.name()).isEqualTo("urgency");
		assertThat(part.value()).isEqualTo(0.5);
		assertThat(part.explanation()).contains("재보궐선거", "2027-04-01", "within 90 days", "in 50 days");
		assertThat(part.source()).isEqualTo("spec 3.4");
		assertThat(part.status()).isEqualTo("U");
	}

	@Test
	void anEventExactlyNinetyDaysAheadStillCounts() {
		assertThat(urgency(TODAY.plusDays(90), "election").value()).isEqualTo(0.5);
		assertThat(urgency(TODAY, "election today").value()).isEqualTo(0.5);
	}

	@Test
	void anEventNinetyOneDaysAheadAddsNothingAndSaysWhy() {
		Priority.Part part = urgency(TODAY.plusDays(91), "election");
		assertThat(part.value()).isZero();
		assertThat(part.explanation()).contains("more than 90 days ahead", "2027-05-11");
	}

	@Test
	void aPastEventOrNoEventAddsNothing() {
		assertThat(urgency(TODAY.minusDays(1), "last week's festival").explanation()).contains("is past");
		assertThat(urgency(TODAY.minusDays(1), "festival").value()).isZero();
		assertThat(urgency(null, null).value()).isZero();
		assertThat(urgency(null, null).explanation()).isEqualTo("no dated event given");
	}

	@Test
	void theRepeatStandInIsGoneFromTheWeights() {
		assertThat(SETTINGS.part("repeat")).isEmpty();
		assertThat(SETTINGS.required("urgency", "window_days").number()).isEqualTo(90);
	}

	private static Priority.Part urgency(LocalDate event, String name) {
		return Urgency.of(event, name, TODAY, SETTINGS.required("urgency", "dated_event"),
				SETTINGS.required("urgency", "window_days"));
	}

}
