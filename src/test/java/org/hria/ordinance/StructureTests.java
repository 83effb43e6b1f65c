package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StructureTests {

	@Test
	void locatesKoreanParagraphsItemsSubItemsAddendaAndAnnexes() {
		String text = """
				○○시 주민 지원 조례(안)
				제1장 총칙
				제5조(지원 대상) ① 시장은 다음 각 호의 사람을 지원한다.
				② 지원 대상은 다음과 같다.
				1. 노인
				2. 아동
				3. 다음 각 목의 사람
				가. 한부모가족
				나. 다문화가족
				제5조의2(지원 제외) 삭제 <2024.1.1>
				부칙
				제1조(시행일) 이 조례는 공포한 날부터 시행한다.
				제2조(경과조치) 제5조에 따라 지원을 받던 사람은 계속 지원한다.
				[별표 1] 지원 기준
				""";
		Structure structure = KoreanStructure.parse(DraftText.of(text).text());
		assertThat(structure.units()).extracting(Structure.Unit::locator)
			.containsExactly("(title)", "제1장 총칙", "제5조", "제5조의2", "부칙", "부칙 제1조", "부칙 제2조", "별표 1");
		assertThat(structure.units().get(2).title()).isEqualTo("지원 대상");
		assertThat(structure.units().get(3).kind()).isEqualTo(Structure.Kind.DELETED);
		assertThat(structure.segments()).extracting(Structure.Segment::location)
			.contains("제5조제1항", "제5조제2항제1호", "제5조제2항제3호", "제5조제2항제3호가목", "제5조제2항제3호나목", "부칙 제2조")
			.doesNotContain("제5조제2항제4호");
	}

	@Test
	void splitsParagraphsAndItemsWrittenOnOneLine() {
		Structure structure = KoreanStructure
			.parse("제7조(이용의 제한) ① 시장은 이용을 제한할 수 있다. ② 시장은 퇴거를 명할 수 있다. 1. 첫째 2. 둘째");
		assertThat(structure.segments()).extracting(Structure.Segment::location)
			.containsExactly("제7조", "제7조제1항", "제7조제2항", "제7조제2항제1호", "제7조제2항제2호");
	}

	@Test
	void aCrossReferenceInsideASentenceIsNoArticle() {
		Structure structure = KoreanStructure.parse("제3조(적용) 이 조례는 제5조에 따라 적용한다.\n제5조 중 다음을 적용한다.");
		assertThat(structure.units()).extracting(Structure.Unit::locator).containsExactly("제3조");
	}

	@Test
	void locatesEnglishSectionsAndSubdivisions() {
		String text = """
				CHAPTER 4. LICENSES
				Sec. 4-17. - Revocation.
				(a) The director may revoke a license.
				(1) after notice;
				(2) after a hearing.
				(b) Appeals go to the council.
				(Ord. No. 17848, § 1, 10-25-89)
				Section 5. Fees. The fee is ten dollars.
				""";
		Structure structure = EnglishStructure.parse(text);
		assertThat(structure.units()).extracting(Structure.Unit::locator)
			.containsExactly("CHAPTER 4. LICENSES", "Sec. 4-17", "(note)", "Section 5");
		assertThat(structure.units().get(1).title()).isEqualTo("Revocation");
		assertThat(structure.units().get(2).kind().reviewed()).isFalse();
		assertThat(structure.segments()).extracting(Structure.Segment::location)
			.contains("Sec. 4-17(a)", "Sec. 4-17(a)(1)", "Sec. 4-17(a)(2)", "Sec. 4-17(b)");
	}

	@Test
	void blanksOldTermsOfAmendmentInstructionsAndTagsForMatchingOnly() {
		DraftText draft = DraftText.of("제3조 중 \"간질장애인\"을 \"뇌전증장애인\"으로 한다. 정신병자<개정 2012.2.22> 「장애자복지법」");
		assertThat(draft.matchText()).doesNotContain("간질장애인").contains("뇌전증장애인").doesNotContain("<개정");
		assertThat(draft.text()).contains("간질장애인", "<개정 2012.2.22>");
		assertThat(draft.matchText()).hasSameSizeAs(draft.text());
		int title = draft.text().indexOf("장애자");
		assertThat(draft.insideInstrumentTitle(title, title + 3)).isTrue();
	}

	@Test
	void normalisesMiddleDotsFullWidthDigitsAndLineBreaks() {
		DraftText draft = DraftText.of("정신병자·간질병자 제１２조\r\n（과태료）");
		assertThat(draft.text()).isEqualTo("정신병자·간질병자 제12조\n(과태료)");
		assertThat(draft.matchText()).startsWith("정신병자ㆍ간질병자");
	}

	@Test
	void joinsLinesBrokenInsideASentenceAndDropsPageNumbers() {
		String pdf = String.join("\n", List.of("Sec. 1. Scope. The director may", "revoke a license.", "- 3 -",
				"Sec. 2. Fees."));
		assertThat(PdfLines.clean(pdf)).isEqualTo("Sec. 1. Scope. The director may revoke a license.\nSec. 2. Fees.");
	}

	@Test
	void findsTheRequiredLiteralOfARegex() {
		assertThat(RegexTrigger.of("\\b(?:shall|must) be accompanied by")).isEqualTo(" be accompanied by");
		assertThat(RegexTrigger.all("만?\\s?\\d+세\\s?(?:이상|이하)")).containsExactly("이상", "이하");
		assertThat(RegexTrigger.of("a[^.]{0,80}b")).isEqualTo("a");
		assertThat(RegexTrigger.of("(?:a|b)c|d")).isNull();
		assertThat(RegexTrigger.all("\\bthe (?:city|director) (?:shall|must)")).containsExactly("city", "director");
		assertThat(RegexTrigger.of("\\d+ u\\.s\\.c\\.")).isEqualTo(" u.s.c.");
	}

	@Test
	void findsTheLiteralsEveryMatchOfARegexStartsWith() {
		assertThat(RegexTrigger.prefixes("\\bmay not (?:use|apply)")).containsExactly("may not ");
		assertThat(RegexTrigger.prefixes("\\b(?:applicant|person)\\b[^.]{0,80}\\bhe\\b")).containsExactly("applicant", "person");
		assertThat(RegexTrigger.prefixes("members? of the board")).containsExactly("member");
		assertThat(RegexTrigger.prefixes("u\\.s\\.c\\.")).containsExactly("u.s.c.");
		assertThat(RegexTrigger.prefixes("외국인(?:은|을) 제외")).containsExactly("외국인");
		assertThat(RegexTrigger.prefixes("^(Article \\d+|Sec\\. ?\\d+(?:-\\d+)*|§ ?\\d+)\\.?")).containsExactly("Article ", "Sec.", "§");
	}

	@Test
	void findsNoPrefixWhereAMatchCanStartOtherwise() {
		assertThat(RegexTrigger.prefixes("\\d+ u\\.s\\.c\\.")).isEmpty();
		assertThat(RegexTrigger.prefixes("\\b(?:an |any )?applicant")).isEmpty();
		assertThat(RegexTrigger.prefixes("city|county")).isEmpty();
		assertThat(RegexTrigger.prefixes("(?<!위원)회의")).isEmpty();
		assertThat(RegexTrigger.prefixes("^(?:[①-⑳]\\s*)?시장은")).isEmpty();
		assertThat(RegexTrigger.prefixes("[ab]c")).isEmpty();
	}

}
