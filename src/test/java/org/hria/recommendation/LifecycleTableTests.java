package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.hria.account.Role;
import org.junit.jupiter.api.Test;

class LifecycleTableTests {

	@Test
	void holdsAllTwentyThreeTransitionsOfTheSpec() {
		assertThat(Lifecycle.TABLE).extracting(Transition::number).containsAll(
				java.util.stream.IntStream.rangeClosed(1, 23).boxed().toList());
		assertThat(Lifecycle.TABLE).extracting(Transition::action).doesNotHaveDuplicates().hasSize(26);
	}

	@Test
	void everyStateIsReachableFromDraft() {
		Set<State> reached = new HashSet<>(Set.of(State.DRAFT));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Transition t : Lifecycle.TABLE) {
				if (t.to() != null && t.from().stream().anyMatch(reached::contains)) {
					grew |= reached.add(t.to());
				}
			}
		}
		assertThat(reached).containsExactlyInAnyOrder(State.values());
	}

	@Test
	void terminalStatesLeadOnlyToExplicitReopeningActions() {
		assertThat(Lifecycle.TABLE.stream().filter(t -> t.from().stream().anyMatch(State::terminal)))
			.extracting(Transition::action)
			.containsExactlyInAnyOrder("reopen", "resubmit");
	}

	@Test
	void rolesFollowSectionTwo() {
		Set<Role> officer = EnumSet.of(Role.BUREAU_OFFICER);
		assertThat(Lifecycle.allowed(Level.RECOMMENDATION, State.DRAFT, null, officer)).extracting(Transition::action)
			.containsExactlyInAnyOrder("triage", "merge", "dismiss");
		assertThat(Lifecycle.allowed(Level.RECOMMENDATION, State.DISMISSED, null, officer)).isEmpty();
		assertThat(Lifecycle.allowed(Level.RECOMMENDATION, State.DISMISSED, null, EnumSet.of(Role.BUREAU_LEAD)))
			.extracting(Transition::action)
			.containsExactly("reopen");
		assertThat(Lifecycle.allowed(Level.RECOMMENDATION, State.ON_AGENDA, null, EnumSet.of(Role.COMMITTEE_SECRETARY)))
			.extracting(Transition::action)
			.containsExactlyInAnyOrder("defer", "adopt", "reject");
		assertThat(Lifecycle.allowed(Level.ASSIGNMENT, State.RESPONSE_DUE, null, EnumSet.of(Role.ADDRESSEE_CONTACT)))
			.extracting(Transition::action)
			.containsExactly("respond");
		for (Role nobody : EnumSet.of(Role.AUDITOR, Role.COMMITTEE_MEMBER, Role.SYSTEM_ADMIN, Role.DRAFTER)) {
			assertThat(Lifecycle.TABLE).noneMatch(t -> t.roles().contains(nobody));
		}
	}

	@Test
	void theResponseDecisionDecidesBetweenImplementationAndClosingNotAccepted() {
		Set<Role> both = EnumSet.of(Role.BUREAU_OFFICER, Role.BUREAU_LEAD);
		assertThat(Lifecycle.allowed(Level.ASSIGNMENT, State.RESPONDED, "NOT_ACCEPTED", both))
			.extracting(Transition::action)
			.containsExactlyInAnyOrder("return_response", "close_not_accepted");
		assertThat(Lifecycle.allowed(Level.ASSIGNMENT, State.RESPONDED, "PARTIALLY_ACCEPTED", both))
			.extracting(Transition::action)
			.containsExactlyInAnyOrder("return_response", "start_implementation");
	}

	@Test
	void theRecommendationShowsItsLeastAdvancedOpenAssignment() {
		Recommendation rec = new Recommendation("t", "x", "u");
		rec.state = State.ROUTED;
		Assignment done = new Assignment(1, "A", true, null, "1");
		done.state = State.CLOSED;
		Assignment responding = new Assignment(1, "B", false, null, "2");
		responding.state = State.RESPONDED;
		Assignment implementing = new Assignment(1, "C", false, null, "3");
		implementing.state = State.IN_IMPLEMENTATION;
		assertThat(RecommendationViews.shownState(rec, java.util.List.of(done, implementing, responding)))
			.isEqualTo(State.RESPONDED);
		assertThat(RecommendationViews.shownState(rec, java.util.List.of(done))).isEqualTo(State.CLOSED);
	}

}
