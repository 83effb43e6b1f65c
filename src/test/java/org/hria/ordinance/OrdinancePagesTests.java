package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "drafter", roles = "DRAFTER")
class OrdinancePagesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void showsTheFindingsHighlightedInTheTextAndPerArticleAndComparesANewVersion() throws Exception {
		String title = "page test " + System.nanoTime();
		String first = mvc.perform(post("/ordinance-reviews").with(csrf()).param("title", title)
			.param("text", "제3조(정의) 3. \"장애우\"란 … 4. 미망인 및 편부모가정의 자녀는 우선 지원한다."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/ordinance-reviews/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(first))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<mark>장애우</mark>")))
			.andExpect(content().string(Matchers.containsString("[MINOR ORD-TERM-KO-013]")))
			.andExpect(content().string(Matchers.containsString("value=\"한부모가족\"")))
			.andExpect(content().string(Matchers.containsString("<caption>제3조</caption>")));
		mvc.perform(get(first).param("category", "discrimination"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("<caption>제3조</caption>"))));
		String second = mvc.perform(post("/ordinance-reviews").with(csrf()).param("title", title)
			.param("previousReviewId", first.substring(first.lastIndexOf('/') + 1))
			.param("text", "제3조(정의) 3. \"장애인\"이란 … 4. 배우자 및 한부모가족의 자녀는 우선 지원한다."))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(second))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("해결 3건, 새 의견 0건, 남은 의견 0건")));
		mvc.perform(get(first + "/report")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("ORD-TERM-KO-017")));
	}

	@Test
	void printsTheReportAsPdfWithTheKoreanFontEmbedded() throws Exception {
		String page = mvc.perform(post("/ordinance-reviews").with(csrf()).param("title", "pdf test " + System.nanoTime())
			.param("text", "제4조(이용) 벙어리 및 미망인은 센터를 이용할 수 있다."))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(page)).andExpect(content().string(Matchers.containsString(page + "/report.pdf")));
		byte[] pdf = mvc.perform(get(page + "/report.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("제4조 (이용)", "“벙어리”", "“미망인은”", "ORD-TERM-KO-007", "ORD-TERM-KO-017", "언어장애인", "참고용");
			PDType0Font font = (PDType0Font) document.getPage(0).getResources().getFont(
					document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
		}
	}

	@Test
	void showsWhatWasWrongWithAnUnreadableDraftOnTheForm() throws Exception {
		mvc.perform(post("/ordinance-reviews").with(csrf()).param("title", "empty").param("text", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("class=\"message error\"")));
	}

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void isNotOpenToOtherRoles() throws Exception {
		mvc.perform(get("/ordinance-reviews")).andExpect(status().isForbidden());
	}

}
