package org.hria.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The agenda papers of a meeting: one PDF, every item with its text, findings and addressees. */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingPapersTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcTemplate jdbc;

	private CommitteeApi api;

	@BeforeEach
	void setUp() {
		api = new CommitteeApi(mvc, json, jdbc);
	}

	@Test
	void theAgendaPapersAreOnePdfWithEachItemInKorean() throws Exception {
		Assumptions.assumeTrue(Files.isReadable(Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))
				|| "true".equals(System.getenv("CI")), "needs fonts-nanum");
		long meeting = api.meeting(api.committee(5).id(), "2027-03-10");
		long first = api.triaged("투표소 입구 경사로 설치 권고");
		long second = api.triaged("장애인 주차구역 확보 권고");
		api.post("COMMITTEE_SECRETARY", "/api/meetings/" + meeting + "/agenda", Map.of("recommendationId", first));
		api.post("BUREAU_LEAD", "/api/meetings/" + meeting + "/agenda", Map.of("recommendationId", second));

		CommitteeApi.Answer pdf = api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda.pdf?lang=ko");
		assertThat(pdf.status()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
			assertThat(document.getNumberOfPages()).as("contents and one page per item").isEqualTo(3);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("인권증진시민위원회", "투표소 입구 경사로 설치 권고", "장애인 주차구역 확보 권고",
					"투표소 PS-GJ-017 입구에 경사로를 설치한다", "[KR-BF-11-slope] PS-GJ-017 main entrance",
					"Buk-gu District Office", "안건 1", "안건 2");
			PDFont font = document.getPage(1).getResources().getFont(
					document.getPage(1).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getName()).contains("NanumGothic");
		}
	}

}
