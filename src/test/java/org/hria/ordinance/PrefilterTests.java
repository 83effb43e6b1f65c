package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PrefilterTests {

	private static final Pattern STRIKE = Pattern.compile("(?:striking|deleting) \"([^\"]+)\"");

	@Test
	void findsTheSameMatchesAsAPlainFindFromEveryPrefix() {
		String text = "by deleting \"lunatic\" and striking \"idiot\"; strike \"x\" is no match; deleting \"insane\"";
		assertThat(prefiltered(text, "strik", "delet")).isEqualTo(plain(text))
			.containsExactly("lunatic", "idiot", "insane");
	}

	@Test
	void findsNothingWhenNoPrefixOccurs() {
		Matcher m = STRIKE.matcher("nothing to strip here");
		assertThat(Prefilter.find(m, "nothing to strip here", 0, "strik", "delet")).isFalse();
	}

	@Test
	void startsLookingAtTheGivenOffset() {
		String text = "deleting \"a\" deleting \"b\"";
		Matcher m = STRIKE.matcher(text);
		assertThat(Prefilter.find(m, text, 1, "delet")).isTrue();
		assertThat(m.group(1)).isEqualTo("b");
	}

	@Test
	void findsWhatAPlainFindFindsWithBoundariesAndLookBehindWhenBoundsAreTransparent() {
		Pattern pattern = Pattern.compile("(?<![a-z])(?:applicant|person)\\b[^.]{0,20}\\bhis\\b");
		String text = "nonperson his. person of his. the applicant and his dog. applicants his.";
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		for (int from = 0; Prefilter.find(m, text, from, "applicant", "person"); from = m.end()) {
			found.add(m.group());
		}
		List<String> plain = new ArrayList<>();
		Matcher all = pattern.matcher(text);
		while (all.find()) {
			plain.add(all.group());
		}
		assertThat(found).isEqualTo(plain).containsExactly("person of his", "applicant and his");
	}

	private static List<String> prefiltered(String text, String... prefixes) {
		List<String> found = new ArrayList<>();
		Matcher m = STRIKE.matcher(text);
		for (int from = 0; Prefilter.find(m, text, from, prefixes); from = m.end()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static List<String> plain(String text) {
		List<String> found = new ArrayList<>();
		Matcher m = STRIKE.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

}
