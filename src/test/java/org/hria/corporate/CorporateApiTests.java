package org.hria.corporate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class CorporateApiTests {

	static final Path CASES = Path.of("test-cases", "corporate");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private org.hria.rules.RuleEngine engine;

	@Autowired
	private CorporateService service;

	static String caseFile(String folderPrefix, String file) throws Exception {
		try (var folders = Files.list(CASES)) {
			Path folder = folders.filter(p -> p.getFileName().toString().startsWith(folderPrefix)).findFirst().orElseThrow();
			return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
		}
	}

	static String workedExample(String enterpriseId, int year) throws Exception {
		return caseFile("001", "input.csv").replace("GJ-FAC,", enterpriseId + ",").replace(",2026,", "," + year + ",");
	}

	ResultActions upload(String csv) throws Exception {
		return mvc.perform(post("/api/corporate-assessments").with(csrf()).contentType("text/csv").content(csv));
	}

	@Test
	@WithMockUser(username = "officer", roles = "BUREAU_OFFICER")
	void bureauUploadsTheWorkedExampleAndGetsEveryFigureOfTheSpec() throws Exception {
		String location = upload(workedExample("API-WORKED", 2026)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.enterpriseAdded").value(true))
			.andExpect(jsonPath("$.status").value("COMPLETE"))
			.andExpect(jsonPath("$.overall").value(79.4))
			.andExpect(jsonPath("$.levelByScore").value(4))
			.andExpect(jsonPath("$.level").value(3))
			.andExpect(jsonPath("$.cappedBy").value("HRM-2.3"))
			.andExpect(jsonPath("$.capsApplied[*].itemId").value(org.hamcrest.Matchers.contains("HRM-2.3", "HRM-3.5")))
			.andExpect(jsonPath("$.areas[0].id").value("GOV"))
			.andExpect(jsonPath("$.areas[0].percent").value(69.2))
			.andExpect(jsonPath("$.areas[1].percent").value(58.8))
			.andExpect(jsonPath("$.areas[2].percent").value(63.3))
			.andExpect(jsonPath("$.gaps", hasSize(19)))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get("/api/corporate-assessments").param("year", "2026"))
			.andExpect(jsonPath("$[?(@.enterpriseId=='API-WORKED')].level").value(3));
		mvc.perform(get(location)).andExpect(status().isOk())
			.andExpect(jsonPath("$.overall").value(79.4))
			.andExpect(jsonPath("$.level").value(3))
			.andExpect(jsonPath("$.ruleSetVersion").isNotEmpty())
			.andExpect(jsonPath("$.checklistVersion").value("corporate-hrm/1.0"));
	}

	@Test
	@WithMockUser(username = "officer", roles = "BUREAU_OFFICER")
	void badInputIsA400ListingEachErrorWithItsLineAndStoresNothing() throws Exception {
		upload(caseFile("024", "input.csv")).andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors", hasSize(5)))
			.andExpect(jsonPath("$.errors[*].line").value(org.hamcrest.Matchers.contains(4, 7, 11, 22, 32)));
		mvc.perform(get("/api/corporate/enterprises"))
			.andExpect(jsonPath("$[*].id", not(hasItem("GJ-TRA"))));
	}

	@Test
	@WithMockUser(username = "officer", roles = "BUREAU_OFFICER")
	void naWhereNotAllowedIsRejectedUnlessTheUploadIsNotStrict() throws Exception {
		String csv = caseFile("004", "input.csv").replace("GJ-FAC,", "API-NA,");
		upload(csv).andExpect(status().isBadRequest());
		mvc.perform(post("/api/corporate-assessments?strict=false").with(csrf()).contentType("text/csv").content(csv))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INCOMPLETE"))
			.andExpect(jsonPath("$.level").doesNotExist())
			.andExpect(jsonPath("$.missingItems[0]").value("HRM-7.1"));
	}

	@Test
	@WithMockUser(username = "officer", roles = "BUREAU_OFFICER")
	void theSecondYearIsComparedWithTheStoredFirst() throws Exception {
		upload(caseFile("007", "previous.csv").replace("GJ-FAC,", "API-YOY,")).andExpect(status().isCreated());
		upload(caseFile("007", "input.csv").replace("GJ-FAC,", "API-YOY,")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.comparison.previousYear").value(2025))
			.andExpect(jsonPath("$.comparison.overallDelta").value(4.5))
			.andExpect(jsonPath("$.comparison.levelChange").value("UNCHANGED"))
			.andExpect(jsonPath("$.gaps[?(@.itemId=='HRM-3.4')].priority").value("HIGH"))
			.andExpect(jsonPath("$.gaps[?(@.itemId=='HRM-3.4')].repeat").value(true));
	}

	@Test
	@WithMockUser(username = "officer", roles = "BUREAU_OFFICER")
	void theJsonFormIsAcceptedToo() throws Exception {
		String body = caseFile("009", "input.json").replace("\"GJ-FAC\"", "\"API-JSON\"");
		mvc.perform(post("/api/corporate-assessments").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.overall").value(79.4))
			.andExpect(jsonPath("$.salientIssues", hasSize(2)));
	}

	@Test
	@WithMockUser(username = "drafter", roles = "DRAFTER")
	void aRoleWithoutTheRightGets403() throws Exception {
		upload(workedExample("API-DRAFTER", 2026)).andExpect(status().isForbidden());
		mvc.perform(put("/api/corporate/enterprises/X/members/someone").with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "officer", roles = "BUREAU_OFFICER")
	void editingAnAreaWeightChangesNewAssessmentsAndLeavesStoredOnesAsTheyWere() throws Exception {
		String file = "corporate/area-weights.drl.csv";
		byte[] original = engine.read(file).orElseThrow();
		String stored = upload(workedExample("API-WEIGHT-1", 2026)).andExpect(jsonPath("$.overall").value(79.4))
			.andReturn().getResponse().getHeader("Location");
		try {
			String edited = new String(original, StandardCharsets.UTF_8).replace(",GOV,true,10", ",GOV,true,30");
			assertThat(edited).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
			engine.upload(file, edited.getBytes(StandardCharsets.UTF_8), "test");
			// (7942.994 + 20 x 69.2308) / 120 = 77.7
			upload(workedExample("API-WEIGHT-2", 2026)).andExpect(jsonPath("$.overall").value(77.7));
			mvc.perform(get(stored)).andExpect(jsonPath("$.overall").value(79.4))
				.andExpect(jsonPath("$.areas[0].weight").value(10));
		}
		finally {
			engine.upload(file, original, "test");
		}
	}

	@Test
	@WithMockUser(username = "officer", roles = "BUREAU_OFFICER")
	void theReportPdfEmbedsTheKoreanFont() throws Exception {
		Path font = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(font), "needs fonts-nanum");
		byte[] cp949 = Files.readAllBytes(caseFolder("008").resolve("input.csv"));
		String csv = new String(cp949, org.hria.upload.TextDecoder.MS949).replace("GJ-FAC,", "API-PDF,");
		String location = mvc.perform(post("/api/corporate-assessments").with(csrf()).contentType("text/csv")
			.content(csv.getBytes(org.hria.upload.TextDecoder.MS949)))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		byte[] pdf = mvc.perform(get(location + "/pdf")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("무등시설공단").contains("79.4").contains("HRM-2.3");
			var resources = document.getPage(0).getResources();
			var fontName = resources.getFontNames().iterator().next();
			assertThat(resources.getFont(fontName).isEmbedded()).isTrue();
		}
	}

	@Test
	void aPreviousReportOfAnotherChecklistVersionIsComparedOnTheCommonItems() throws Exception {
		Report previous = service.preview(caseFile("007", "previous.csv").getBytes(StandardCharsets.UTF_8), true, null)
			.report();
		tools.jackson.databind.node.ObjectNode node = json.valueToTree(previous);
		node.put("checklistVersion", "corporate-hrm/0.9");
		((tools.jackson.databind.node.ArrayNode) node.get("areas").get(0).get("items")).remove(5);
		Report older = json.treeToValue(node, Report.class);
		Report.Comparison comparison = service
			.preview(caseFile("007", "input.csv").getBytes(StandardCharsets.UTF_8), true, older).report().comparison();
		assertThat(comparison.checklistVersionDiffers()).isTrue();
		assertThat(comparison.itemsNotCompared()).containsExactly("HRM-1.6");
		assertThat(comparison.overallDelta()).isEqualByComparingTo("4.5");
		// without HRM-1.6: GOV 18/24 now and 13/24 before; (80.0068 - 74.5745) = 5.4323
		assertThat(comparison.overallDeltaCommonItems()).isEqualByComparingTo("5.4");
		assertThat(comparison.note()).contains("corporate-hrm/0.9");
	}

	static Path caseFolder(String prefix) throws Exception {
		try (var folders = Files.list(CASES)) {
			return folders.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
	}

	JsonNode body(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
