package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrapsTests {

	private final Traps traps = new Traps(List.of(new int[] { 40, 45 }, new int[] { 10, 30 }, new int[] { 12, 14 }));

	@Test
	void silencesATermThatOverlapsATrap() {
		assertThat(traps.overlap(20, 25)).isTrue();
		assertThat(traps.overlap(29, 35)).isTrue();
		assertThat(traps.overlap(35, 41)).isTrue();
	}

	@Test
	void keepsATermThatOnlyTouchesATrap() {
		assertThat(traps.overlap(30, 40)).isFalse();
		assertThat(traps.overlap(5, 10)).isFalse();
		assertThat(traps.overlap(45, 50)).isFalse();
	}

	@Test
	void keepsEveryTermWithoutTraps() {
		assertThat(new Traps(List.of()).overlap(0, 100)).isFalse();
	}

}
