package org.hria.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommitteeTextDiffTests {

	@Test
	void showsAnAddedPhraseAsOneRunAndKeepsTheRest() {
		List<TextDiff.Segment> diff = TextDiff.of("Make the entrance usable by wheelchair users",
				"Make the entrance usable by wheelchair users before the next election day");
		assertThat(diff).containsExactly(new TextDiff.Segment("SAME", "Make the entrance usable by wheelchair users"),
				new TextDiff.Segment("ADDED", " before the next election day"));
		assertThat(TextDiff.changed(diff)).isTrue();
	}

	@Test
	void showsAReplacedKoreanWordAsRemovedThenAdded() {
		List<TextDiff.Segment> diff = TextDiff.of("북구청은 경사로를 설치한다", "북구청은 이동식 경사로를 설치한다");
		assertThat(diff).extracting(s -> s.op() + ":" + s.text())
			.containsExactly("SAME:북구청은 ", "ADDED:이동식 ", "SAME:경사로를 설치한다");
		assertThat(TextDiff.of("가 나 다", "가 라 다")).extracting(s -> s.op() + ":" + s.text())
			.containsExactly("SAME:가 ", "REMOVED:나", "ADDED:라", "SAME: 다");
	}

	@Test
	void anUnchangedTextHasNoChangeAndLineBreaksSurvive() {
		assertThat(TextDiff.changed(TextDiff.of("line one\nline two", "line one\nline two"))).isFalse();
		assertThat(TextDiff.of("a\nb", "a\nc")).extracting(TextDiff.Segment::text).contains("a\n");
	}

}
