package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "drafter", roles = "DRAFTER")
class OrdinanceReviewApiTests {

	private static final String EXAMPLE_1 = "제5조(이용 대상) 센터는 대한민국 국적을 가진 사람으로서 시에 주민등록을 둔 사람만 이용할 수 있다.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private OrdinanceReviewService reviews;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void storesAPastedDraftAndAnswersWithArticlesAndFindings() throws Exception {
		MvcResult result = mvc.perform(post("/api/ordinance-reviews").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("title", "centre use", "text", EXAMPLE_1))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/ordinance-reviews/")))
			.andExpect(jsonPath("$.language").value("ko"))
			.andExpect(jsonPath("$.ruleSetVersion").isNotEmpty())
			.andExpect(jsonPath("$.articles[0].article").value("제5조"))
			.andExpect(jsonPath("$.articles[0].title").value("이용 대상"))
			.andExpect(jsonPath("$.findings.length()").value(3))
			.andExpect(jsonPath("$.findings[0].ruleId").value("ORD-DISC-001"))
			.andExpect(jsonPath("$.findings[0].quote").value(Matchers.containsString("대한민국 국적")))
			.andExpect(jsonPath("$.findings[0].legalBasis[0].instrument").isNotEmpty())
			.andExpect(jsonPath("$.findings[0].id").value(Matchers.startsWith("F-")))
			.andReturn();
		JsonNode created = json.readTree(result.getResponse().getContentAsString());
		mvc.perform(get("/api/ordinance-reviews/" + created.get("id").asLong()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("centre use"))
			.andExpect(jsonPath("$.findings[0].id").value(created.get("findings").get(0).get("id").asString()));
	}

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void refusesARoleThatMayNotSubmitDrafts() throws Exception {
		mvc.perform(post("/api/ordinance-reviews").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("text", EXAMPLE_1))))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "lead", roles = "BUREAU_LEAD")
	void detectsEnglishAndReviewsIt() throws Exception {
		mvc.perform(post("/api/ordinance-reviews").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("title", "en", "text",
					"Section 4. Eligibility. Handicapped applicants shall be accompanied by a guardian."))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.findings[*].ruleId", Matchers.hasItems("ORD-TERM-EN-001", "ORD-GRP-DIS-001")));
	}

	@Test
	void reportsResolvedNewAndRemainingFindingsOfANewVersion() throws Exception {
		String title = "version test " + System.nanoTime();
		submit(title, EXAMPLE_1 + "\n제6조(용어) 장애우를 지원한다.");
		submitNewVersionAndExpectItsComparison(title);
	}

	@Test
	void comparesWithAReviewStoredBeforeFindingIdsWereKeptApart() throws Exception {
		String title = "old version test " + System.nanoTime();
		long first = submit(title, EXAMPLE_1 + "\n제6조(용어) 장애우를 지원한다.");
		assertThat(jdbc.update("update ordinance_review set finding_ids = null where id = ?", first)).isEqualTo(1);
		submitNewVersionAndExpectItsComparison(title);
	}

	private void submitNewVersionAndExpectItsComparison(String title) throws Exception {
		mvc.perform(post("/api/ordinance-reviews").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("title", title, "text",
					"제5조(이용 대상) 센터는 대한민국 국적을 가진 사람만 이용할 수 있다.\n제6조(용어) 장애우를 지원한다. 미망인을 지원한다."))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.comparison.resolved[*].ruleId",
					Matchers.containsInAnyOrder("ORD-DISC-002", "ORD-GRP-MIG-003")))
			.andExpect(jsonPath("$.comparison.newFindings.length()").value(1))
			.andExpect(jsonPath("$.comparison.remaining.length()").value(2));
	}

	@Test
	void rejectsEmptyTextAndStoresNothing() throws Exception {
		long before = reviews.count();
		mvc.perform(post("/api/ordinance-reviews").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("title", "empty", "text", "   "))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("empty")));
		assertThat(reviews.count()).isEqualTo(before);
	}

	@Test
	void readsUploadedPdfHwpHwpxDocxAndMs949Text() throws Exception {
		upload("draft.pdf", DraftFiles.pdf(List.of("Section 4. Eligibility. Handicapped applicants may apply."), false))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.findings[0].ruleId").value("ORD-TERM-EN-001"));
		upload("draft.hwp", DraftFiles.hwp(EXAMPLE_1)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.findings.length()").value(3));
		upload("draft.hwpx", DraftFiles.hwpx(EXAMPLE_1)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.findings.length()").value(3));
		upload("draft.docx", DraftFiles.docx(List.of(EXAMPLE_1))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.findings.length()").value(3));
		upload("draft.txt", EXAMPLE_1.getBytes(org.hria.upload.TextDecoder.MS949)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.findings.length()").value(3));
	}

	@Test
	void answersBadFilesWithAProblemAndStoresNothing() throws Exception {
		long before = reviews.count();
		upload("scan.pdf", DraftFiles.pdf(List.of(), false)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("OCR is not supported")));
		upload("secret.pdf", DraftFiles.pdf(List.of("Section 1. Text."), true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("encrypted")));
		upload("broken.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII))
			.andExpect(status().isUnprocessableContent());
		upload("broken.hwp", "not an hwp file".getBytes(StandardCharsets.US_ASCII))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("HWP")));
		upload("broken.hwpx", "not an hwpx file".getBytes(StandardCharsets.US_ASCII))
			.andExpect(status().isUnprocessableContent());
		upload("image.txt", new byte[] { 'G', 'I', 'F', 0, 1, 2 }).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("binary")));
		upload("draft.xls", new byte[] { 1, 2, 3 }).andExpect(status().isUnsupportedMediaType());
		assertThat(reviews.count()).isEqualTo(before);
	}

	@Test
	void exportsFindingsAsCsvWithAByteOrderMark() throws Exception {
		long id = submit("csv " + System.nanoTime(), EXAMPLE_1);
		byte[] csv = mvc.perform(get("/api/ordinance-reviews/" + id + "/findings.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text.lines()).hasSize(4);
		assertThat(text).contains("ORD-GRP-MIG-003", "제5조");
	}

	private long submit(String title, String text) throws Exception {
		MvcResult result = mvc.perform(post("/api/ordinance-reviews").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("title", title, "text", text))))
			.andExpect(status().isCreated())
			.andReturn();
		return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
	}

	private org.springframework.test.web.servlet.ResultActions upload(String name, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/api/ordinance-reviews").file(new MockMultipartFile("file", name,
				MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes)).with(csrf()).param("title", name));
	}

}
