package org.hria.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "inspector", roles = "INSPECTOR")
class SurveyPagesTests {

	@Autowired
	private MockMvc mvc;

	private String page(String url) throws Exception {
		return mvc.perform(get(url).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String uploadTemplateFilledIn() throws Exception {
		String template = new String(mvc.perform(get("/surveys/templates/POLLING_STATION/kr").param("headers", "ko"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		String filled = template.replaceFirst("^\uFEFF", "")
			.replace("F-001,,entrance.step_free,,", "F-001,,entrance.step_free,no,")
			.replace("F-001,,entrance.step_height,,mm", "F-001,,entrance.step_height,120,mm")
			.replace("F-001,,service.floor,,count", "F-001,,service.floor,1,count");
		return mvc.perform(multipart("/surveys").file(new MockMultipartFile("file", "filled.csv", "text/csv",
				filled.getBytes(StandardCharsets.UTF_8))).param("kind", "POLLING_STATION").param("profile", "kr").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void theUploadPageOffersTemplatesPerKindAndProfile() throws Exception {
		String html = page("/surveys");
		assertThat(html).contains("<label for=\"file\"", "/surveys/templates/EVENT/us-ada?headers=ko&amp;format=wide");
		byte[] template = mvc.perform(get("/surveys/templates/BUILDING/us-ada").param("headers", "ko").param("format", "wide"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(template, StandardCharsets.UTF_8)).startsWith("\uFEFF시설ID,시설명,전체 주차면 수[count]")
			.contains(",출입문 유효폭[in],");
	}

	@Test
	void aFilledTemplateGivesAResultsTableAFacilityPageAReportAndACsv() throws Exception {
		String results = uploadTemplateFilledIn();
		String table = page(results);
		assertThat(table).contains("<caption>Facilities (1 shown of 1)</caption>", "Incomplete (mandatory criteria not surveyed)");
		assertThat(page(results + "?verdict=COMPLIANT")).contains("<caption>Facilities (0 shown of 1)</caption>");
		String facility = page(results + "/facility?facilityId=F-001");
		assertThat(facility).contains("KR-ENTRANCE-STEP-LOW", "Portable ramp without handrails", "voting.accessible_booth");
		assertThat(page(results + "/report")).contains("Survey report", "KR-ENTRANCE-STEP-LOW");
		String csv = new String(mvc.perform(get(results + "/findings.csv")).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("F-001,F-001,POLLING_STATION,INCOMPLETE,entrance.step_free,KR-ENTRANCE-STEP-LOW,no,,yes,CRITICAL,1,");
		assertThat(page("/surveys")).as("the upload page lists the stored survey").contains("href=\"" + results + "\"");
	}

	@Test
	void aFileWithErrorsIsShownWithItsLines() throws Exception {
		String html = mvc.perform(multipart("/surveys").file(new MockMultipartFile("file", "bad.csv", "text/csv",
				"facility_id,facility_name,criterion,value,unit\nX,x,door,1,mm\n".getBytes(StandardCharsets.UTF_8)))
			.param("kind", "BUILDING").param("lang", "en").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("role=\"alert\"", "<td>2</td>", "found the unknown criterion &#39;door&#39;");
	}

}
