package org.hria.corporate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;

import com.opencsv.CSVReader;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The questionnaire, the report page and the Bureau's table, as a self-assessor and the Bureau use them. */
@SpringBootTest
@AutoConfigureMockMvc
class CorporatePagesTests {

	private static final RequestPostProcessor OFFICER = user("officer").roles("BUREAU_OFFICER");

	private static final RequestPostProcessor CAROL = user("carol-sa").roles("ENTERPRISE_SELF_ASSESSOR");

	private static final RequestPostProcessor DAVE = user("dave-sa").roles("ENTERPRISE_SELF_ASSESSOR");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ChecklistStore checklists;

	@Test
	void aSelfAssessorFillsTheWorkedExampleAreaByAreaAndTheBureauSeesItEverywhere() throws Exception {
		register("PG-FAC", "carol-sa");
		register("PG-OTHER", "dave-sa");
		List<String[]> rows = rows(CorporateApiTests.workedExample("PG-FAC", 2026));
		mvc.perform(get("/corporate/questionnaire").param("year", "2026").with(CAROL))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HRM-1.1")));
		for (String area : checklists.current().byArea().keySet()) {
			MockHttpServletRequestBuilder save = post("/corporate/questionnaire").with(CAROL).with(csrf())
				.param("year", "2026").param("area", area);
			for (ChecklistItem item : checklists.current().byArea().get(area)) {
				String[] row = rows.stream().filter(r -> r[3].equals(item.itemId())).findFirst().orElseThrow();
				save.param("answer_" + item.itemId(), row[4]).param("evidence_" + item.itemId(), row[5])
					.param("comment_" + item.itemId(), row[6]);
			}
			mvc.perform(save).andExpect(status().is3xxRedirection());
		}
		mvc.perform(get("/corporate/questionnaire").param("year", "2026").param("area", "REM").with(CAROL))
			.andExpect(content().string(containsString("<option value=\"0\" selected=\"selected\"")));
		mvc.perform(get("/corporate/questionnaire").param("year", "2026").param("area", "CLB").with(CAROL))
			.andExpect(content().string(containsString("<option value=\"yes\" selected=\"selected\"")))
			.andExpect(content().string(containsString("<option value=\"NA\" selected=\"selected\"")));
		mvc.perform(multipart("/corporate/questionnaire/evidence")
			.file(new MockMultipartFile("file", "charter.pdf", "application/pdf", "%PDF-1.4 charter".getBytes()))
			.param("year", "2026").param("area", "GOV").param("itemId", "HRM-1.1").with(CAROL).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String report = mvc.perform(post("/corporate/questionnaire/submit").param("year", "2026")
			.param("salientIssues", "subcontracted cleaners' safety\n\nmetro users with disabilities").with(CAROL).with(csrf()))
			.andExpect(redirectedUrlPattern("/corporate/assessments/*"))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(report).with(CAROL)).andExpect(status().isOk())
			.andExpect(content().string(containsString("79.4")))
			.andExpect(content().string(containsString("HRM-2.3")))
			.andExpect(content().string(containsString("69.2")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("metro users with disabilities")));
		mvc.perform(get(report).with(OFFICER)).andExpect(status().isOk());
		mvc.perform(get(report).with(DAVE)).andExpect(status().isNotFound());
		mvc.perform(get("/api" + report.replace("/corporate/assessments", "/corporate-assessments")).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.level").value(3))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$.areas[0].items[0].evidenceRefs[1]").value("charter.pdf"));

		mvc.perform(get("/corporate/table").param("year", "2026").param("sort", "overall").param("dir", "desc").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PG-FAC")));
		mvc.perform(get("/corporate/table").param("year", "2026").with(CAROL)).andExpect(status().isForbidden());
		byte[] csv = mvc.perform(get("/corporate/table.csv").param("year", "2026").with(OFFICER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("PG-FAC").contains("79.4");
		byte[] xlsx = mvc.perform(get("/corporate/table.xlsx").param("year", "2026").with(OFFICER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("enterprise_id");
			boolean found = false;
			for (var row : workbook.getSheetAt(0)) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("PG-FAC")) {
					found = true;
					assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(79.4);
					assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(3.0);
				}
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void theStartPageShowsEachUserItsPart() throws Exception {
		mvc.perform(get("/corporate").with(OFFICER)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/corporate/table")));
		mvc.perform(get("/corporate").with(user("nobody-sa").roles("ENTERPRISE_SELF_ASSESSOR")))
			.andExpect(status().isOk());
		mvc.perform(get("/corporate").with(user("drafter").roles("DRAFTER"))).andExpect(status().isForbidden());
	}

	private void register(String enterprise, String username) throws Exception {
		mvc.perform(put("/api/corporate/enterprises/" + enterprise).with(OFFICER).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Page Test " + enterprise + "\"}"))
			.andExpect(status().isOk());
		mvc.perform(put("/api/corporate/enterprises/" + enterprise + "/members/" + username).with(OFFICER).with(csrf()))
			.andExpect(status().isNoContent());
	}

	private static List<String[]> rows(String csv) throws Exception {
		try (CSVReader reader = new CSVReader(new StringReader(csv))) {
			return reader.readAll();
		}
	}

}
