package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Time to implementation, pipeline and annual summary (spec 4.2) over {@link ReportFixture}, and their exports. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowReportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcTemplate jdbc;

	private LifecycleApi api;

	private ReportFixture fixture;

	@BeforeAll
	void fixture() throws Exception {
		api = new LifecycleApi(mvc, json, organisations);
		fixture = new ReportFixture(api, organisations, jdbc, "FLW");
	}

	@Test
	void timeToImplementationGivesMedianDaysFromResponseToVerificationByTheme() throws Exception {
		assertThat(rows("time-to-implementation?meeting=" + fixture.meeting1))
			.extracting(r -> r.get("group"), r -> r.get("verifiedAssignments"), r -> r.get("medianDays"),
					r -> r.get("p90Days"))
			.containsExactly(tuple("ACCESSIBILITY", 2, 40, 60), tuple("RIGHT_TO_VOTE", 2, 40, 60));
		assertThat(rows("time-to-implementation?groupBy=addressee&meeting=" + fixture.meeting1))
			.extracting(r -> r.get("group"), r -> r.get("medianDays"))
			.containsExactly(tuple(fixture.a, 40), tuple(fixture.b, 60));
		assertThat(rows("time-to-implementation?meeting=" + fixture.meeting2)).isEmpty();
	}

	@Test
	void pipelineCountsEachRecommendationOncePerMonthAndStateItEntered() throws Exception {
		String month = monthOfLastEvent(fixture.r1);
		List<Map<String, Object>> rows = rows("pipeline?meeting=" + fixture.meeting1);
		assertThat(rows).allSatisfy(r -> assertThat(r.get("month")).isEqualTo(month));
		assertThat(rows).extracting(r -> r.get("state"))
			.containsSubsequence("DRAFT", "TRIAGED", "ON_AGENDA", "ADOPTED", "ROUTED", "RESPONSE_DUE", "RESPONDED");
		// two assignments responded, one recommendation
		assertThat(rows).filteredOn(r -> r.get("state").equals("RESPONDED")).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("recommendations", 1).containsEntry("reasonCode", ""));
	}

	@Test
	void pipelineCountsDismissedAndMergedRecordsWithTheirReasonCodes() throws Exception {
		long dismissed = caseDraft("pipeline dismissed", "FLW-CASE-1");
		long merged = caseDraft("pipeline merged", "FLW-CASE-2");
		long survivor = caseDraft("pipeline survivor", "FLW-CASE-3");
		assertThat(api.transition("officer", dismissed, "dismiss", Map.of("reasonCode", "FALSE_POSITIVE", "reason",
				"the door is wide enough")).status()).isEqualTo(200);
		assertThat(api.transition("officer", merged, "merge", Map.of("survivorId", survivor)).status()).isEqualTo(200);
		String month = monthOfLastEvent(merged);
		assertThat(rows("pipeline?source=CASE"))
			.extracting(r -> r.get("month"), r -> r.get("state"), r -> r.get("reasonCode"), r -> r.get("recommendations"))
			.containsExactly(tuple(month, "DRAFT", "", 3), tuple(month, "MERGED", "DUPLICATE", 1),
					tuple(month, "DISMISSED", "FALSE_POSITIVE", 1));
	}

	@Test
	void annualSummaryCountsEachFigureInTheYearItHappened() throws Exception {
		assertThat(rows("annual-summary?year=2035&meeting=" + fixture.meeting1)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("year", 2035).containsEntry("recommendationsCreated", 0)
				.containsEntry("adopted", 1).containsEntry("responses", 1).containsEntry("accepted", 1)
				.containsEntry("fullyAccepted", 1).containsEntry("acceptanceRate", 1.0)
				.containsEntry("implementedVerified", 1));
		assertThat(rows("annual-summary?year=2036&meeting=" + fixture.meeting1)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("adopted", 0).containsEntry("responses", 1)
				.containsEntry("accepted", 1).containsEntry("fullyAccepted", 0).containsEntry("acceptanceRate", 1.0)
				.containsEntry("fullAcceptanceRate", 0.0).containsEntry("implementedVerified", 1));
		assertThat(rows("annual-summary?year=2035&addressee=" + fixture.a)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("adopted", 2).containsEntry("responses", 2)
				.containsEntry("accepted", 1).containsEntry("acceptanceRate", 0.5).containsEntry("implementedVerified", 1));
		int thisYear = java.time.LocalDate.now(Clocks.CITY).getYear();
		assertThat(rows("annual-summary?year=" + thisYear + "&meeting=" + fixture.meeting1)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("recommendationsCreated", 1).containsEntry("findings", 1)
				.containsEntry("adopted", 0));
	}

	@Test
	void annualSummaryCountsTheSubjectsAssessedNarrowedBySourceOnly() throws Exception {
		int thisYear = java.time.LocalDate.now(Clocks.CITY).getYear();
		Map<String, Object> before = rows("annual-summary?year=" + thisYear).get(0);
		MockHttpServletResponse review = mvc.perform(post("/api/ordinance-reviews").with(csrf())
			.with(user("drafter").roles("DRAFTER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("title", "annual summary review", "text",
					"제1조(목적) 이 조례는 시민의 인권을 보장함을 목적으로 한다.")))).andReturn().getResponse();
		assertThat(review.getStatus()).isEqualTo(201);
		String second = LifecycleApi.station("FLW-PS-2", "900", "1");
		assertThat(api.uploadSurvey(LifecycleApi.station("FLW-PS-1", "900", "1")
				+ second.substring(second.indexOf('\n') + 1)).status()).isEqualTo(201);
		Map<String, Object> after = rows("annual-summary?year=" + thisYear).get(0);
		assertThat(number(after, "ordinanceReviews")).isEqualTo(number(before, "ordinanceReviews") + 1);
		assertThat(number(after, "surveyedFacilities")).isEqualTo(number(before, "surveyedFacilities") + 2);
		assertThat(number(after, "subjectsAssessed")).isEqualTo(number(before, "subjectsAssessed") + 3);
		assertThat(rows("annual-summary?source=ORDINANCE&year=" + thisYear).get(0))
			.containsEntry("surveyedFacilities", 0).containsEntry("corporateAssessments", 0)
			.containsEntry("ordinanceReviews", after.get("ordinanceReviews"));

		jdbc.update("insert into corporate_enterprise (id, name, created_at) values ('FLW-ENT', 'Annual summary "
				+ "enterprise', current_timestamp)");
		jdbc.update("insert into corporate_assessment (enterprise_id, assessment_year, state, checklist_version, "
				+ "checklist_sha256, created_by, created_at, updated_at) values ('FLW-ENT', 2035, 'SUBMITTED', 'v', "
				+ "'0', 'test', current_timestamp, current_timestamp)");
		assertThat(rows("annual-summary?year=2035&theme=CULTURE").get(0)).containsEntry("corporateAssessments", 1)
			.containsEntry("subjectsAssessed", 1).containsEntry("adopted", 0);
		assertThat(rows("annual-summary?year=2035&source=FACILITY").get(0)).containsEntry("corporateAssessments", 0);
	}

	@Test
	void annualSummaryCsvHasAByteOrderMarkTheFilterTheDefinitionAndTheFigures() throws Exception {
		byte[] body = download("annual-summary", "csv", "year=2035&source=FACILITY&meeting=" + fixture.meeting1);
		assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).contains("# report: annual-summary", "NHRCK convention", "# generatedAt: ",
				"source=FACILITY", "meeting=" + fixture.meeting1, "yearOf does not apply")
			.contains("year,ordinanceReviews,surveyedFacilities,corporateAssessments,subjectsAssessed,findings,"
					+ "recommendationsCreated,adopted,responses,accepted,fullyAccepted,acceptanceRate,"
					+ "fullAcceptanceRate,implementedVerified\r\n2035,0,0,0,0,0,0,1,1,1,1,1.0,1.0,1\r\n");
	}

	@Test
	void pipelineXlsxHoldsTheHeaderLinesAndCountsAsNumbers() throws Exception {
		byte[] body = download("pipeline", "xlsx", "meeting=" + fixture.meeting1);
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(body))) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet("pipeline");
			Map<String, org.apache.poi.ss.usermodel.Row> byLabel = new java.util.HashMap<>();
			sheet.forEach(row -> byLabel.put(row.getCell(0) == null ? "" : row.getCell(0).toString(), row));
			assertThat(byLabel.get("definition").getCell(1).getStringCellValue()).contains("audit events");
			assertThat(byLabel.get("filter").getCell(1).getStringCellValue()).contains("meeting=" + fixture.meeting1);
			assertThat(byLabel).containsKeys("generatedAt", "month");
			org.apache.poi.ss.usermodel.Row head = byLabel.get("month");
			assertThat(head.getCell(3).getStringCellValue()).isEqualTo("recommendations");
			org.apache.poi.ss.usermodel.Row first = sheet.getRow(head.getRowNum() + 1);
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo("DRAFT");
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1.0);
		}
	}

	@Test
	void timeToImplementationPdfStatesFilterDefinitionAndTheDays() throws Exception {
		byte[] body = download("time-to-implementation", "pdf", "meeting=" + fixture.meeting1);
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(body)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
			assertThat(text).contains("time-to-implementation", "verification", "meeting=" + fixture.meeting1,
					"generatedAt", "ACCESSIBILITY", "RIGHT_TO_VOTE", "40", "60");
		}
	}

	@Test
	void theDashboardShowsTheNewReportsAsChartsAndCaptionedTables() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/recommendations/dashboard")
			.param("meeting", fixture.meeting1).param("lang", "en")
			.with(user("page-auditor").roles("AUDITOR"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("aria-labelledby=\"implementation-time-chart-title\"",
				"aria-labelledby=\"pipeline-chart-title\"", "aria-labelledby=\"annual-chart-title\"")
			.contains("<caption>Time to implementation in days</caption>",
					"<caption>Pipeline: recommendations entering each state per month</caption>",
					"<caption>Annual summary: subjects assessed, findings, recommendations, responses, implementations"
							+ "</caption>")
			.contains("<th scope=\"col\">implementedVerified</th>", "2035 · adopted")
			.contains("/api/reports/annual-summary?format=csv&amp;groupBy=addressee&amp;meeting=" + fixture.meeting1)
			.contains("<label for=\"sdg\">", "<label for=\"meeting\">", "<label for=\"source\">",
					"<label for=\"targetGroup\">", "<label for=\"priority\">", "<label for=\"yearOf\">");
	}

	private long caseDraft(String title, String findingId) throws Exception {
		return api.postJson("officer", "/api/recommendations", Map.of("title", title, "text", "Text of " + title,
				"findings", List.of(Map.of("sourceType", "CASE", "sourceId", "CASE-2035-1", "findingId", findingId,
						"locator", "ombudsperson decision " + findingId))))
			.id();
	}

	private String monthOfLastEvent(long recommendation) {
		java.sql.Timestamp last = jdbc.queryForObject("select max(occurred_at) from audit_event where "
				+ "recommendation_id = ?", java.sql.Timestamp.class, recommendation);
		return YearMonth.from(last.toInstant().atZone(Clocks.CITY)).toString();
	}

	private static long number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).longValue();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> rows(String path) throws Exception {
		LifecycleApi.Answer answer = api.get("auditor", "/api/reports/" + path);
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		return (List<Map<String, Object>>) answer.get("rows");
	}

	private byte[] download(String report, String format, String query) throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/reports/" + report + "?format=" + format + "&" + query)
			.with(user("auditor").roles("AUDITOR"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition")).contains(report + "." + format);
		return response.getContentAsByteArray();
	}

}
