package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reports over four assignments adopted in 2031 (a year no other test uses): accepted, partially
 * accepted, not accepted and one still awaiting its response.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisations organisations;

	@Autowired
	private ReminderJob reminders;

	@Autowired
	private JdbcTemplate jdbc;

	private LifecycleApi api;

	private long notAccepted;

	@BeforeAll
	void fourAssignments() throws Exception {
		api = new LifecycleApi(mvc, json, organisations);
		LifecycleApi.Answer rec = api.routedTo("report 2031", "2031-02-03", List.of("RPT-A", "RPT-B", "RPT-C", "RPT-D"));
		respond(LifecycleApi.assignmentOf(rec, "RPT-A"), "2031-02-06", Map.of("decision", "ACCEPTED"));
		respond(LifecycleApi.assignmentOf(rec, "RPT-B"), "2031-02-13", Map.of("decision", "PARTIALLY_ACCEPTED",
				"reasonCodes", List.of("BUDGET"), "reason", "budget", "acceptedParts", "part one"));
		notAccepted = LifecycleApi.assignmentOf(rec, "RPT-C");
		respond(notAccepted, "2031-03-07", Map.of("decision", "NOT_ACCEPTED", "reasonCodes",
				List.of("LEGAL_CONSTRAINT"), "reason", "law"));
	}

	private void respond(long assignmentId, String respondedDate, Map<String, Object> decision) throws Exception {
		api.onAssignment("rpt", assignmentId, "acknowledge", Map.of("receivedDate", "2031-02-05"));
		Map<String, Object> data = new java.util.HashMap<>(decision);
		data.put("respondedDate", respondedDate);
		data.put("measures", List.of(Map.of("description", "m", "kind", "PERMANENT", "responsibleUnit", "u",
				"targetDate", "2031-06-30")));
		assertThat(api.onAssignment("rpt", assignmentId, "respond", data).status()).isEqualTo(200);
	}

	@Test
	@SuppressWarnings("unchecked")
	void acceptanceRateCountsPartialAcceptanceAndShowsTheFullRateBesideIt() throws Exception {
		Map<String, Object> row = ((List<Map<String, Object>>) api.get("auditor",
				"/api/reports/acceptance?year=2031").get("rows")).get(0);
		assertThat(row).containsEntry("accepted", 1).containsEntry("partiallyAccepted", 1)
			.containsEntry("notAccepted", 1).containsEntry("awaitingResponse", 1).containsEntry("responses", 3)
			.containsEntry("acceptanceRate", 0.667).containsEntry("fullAcceptanceRate", 0.333);
		List<Map<String, Object>> byAddressee = (List<Map<String, Object>>) api.get("auditor",
				"/api/reports/acceptance?year=2031&groupBy=addressee").get("rows");
		assertThat(byAddressee).extracting(r -> r.get("group")).containsExactly("RPT-A", "RPT-B", "RPT-C", "RPT-D");
	}

	@Test
	@SuppressWarnings("unchecked")
	void timeToResponseGivesMedianAndNinetiethPercentilePerAddressee() throws Exception {
		List<Map<String, Object>> rows = (List<Map<String, Object>>) api.get("auditor",
				"/api/reports/time-to-response?year=2031").get("rows");
		assertThat(rows).extracting(r -> r.get("group"), r -> r.get("medianDays"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("RPT-A", 1), org.assertj.core.groups.Tuple.tuple("RPT-B", 8),
					org.assertj.core.groups.Tuple.tuple("RPT-C", 30));
		Map<String, Object> all = ((List<Map<String, Object>>) api.get("auditor",
				"/api/reports/time-to-response?year=2031&groupBy=year").get("rows")).get(0);
		assertThat(all).containsEntry("group", "2031").containsEntry("medianDays", 8).containsEntry("p90Days", 30);
	}

	@Test
	@SuppressWarnings("unchecked")
	void implementationRateIsZeroWhileNothingIsVerified() throws Exception {
		Map<String, Object> row = ((List<Map<String, Object>>) api.get("auditor",
				"/api/reports/implementation?year=2031").get("rows")).get(0);
		assertThat(row).containsEntry("acceptedOrPartiallyAccepted", 2).containsEntry("verified", 0)
			.containsEntry("implementationRate", 0.0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theOverdueListIsComputedForTheDayAskedAndSortedByDaysOverdue() throws Exception {
		List<Map<String, Object>> rows = (List<Map<String, Object>>) api.get("auditor",
				"/api/reports/overdue?asOf=2031-07-10&addressee=RPT-D").get("rows");
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row).containsEntry("type", "RESPONSE_OVERDUE").containsEntry("deadlineRule", "GJ-COMMITTEE-90")
				.containsEntry("deadlineRuleStatus", "U");
			// dispatched 2031-02-03, never received: 90 days end on Sun 2031-05-04 -> Mon 2031-05-05
			// (the holiday file covers 2025-2027 only, so Children's Day 2031 is not known)
			assertThat(row).containsEntry("dueDate", "2031-05-05").containsEntry("daysOverdue", 66);
		});
		assertThat((List<Map<String, Object>>) api.get("auditor", "/api/reports/overdue?asOf=2031-06-30&addressee=RPT-A")
			.get("rows")).isEmpty();
		assertThat((List<Map<String, Object>>) api.get("auditor", "/api/reports/overdue?asOf=2031-07-10&addressee=RPT-A")
			.get("rows")).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("type", "IMPLEMENTATION_OVERDUE")
				.containsEntry("daysOverdue", 10));
		assertThat((List<Map<String, Object>>) api.get("auditor", "/api/reports/overdue?asOf=2031-07-10&addressee=RPT-C")
			.get("rows")).isEmpty();
		assertThat(reminders.remind(java.time.LocalDate.parse("2031-07-10"))).isGreaterThanOrEqualTo(1);
		assertThat(reminders.remind(java.time.LocalDate.parse("2031-07-10"))).isZero();
	}

	@Test
	void csvStartsWithAByteOrderMarkAndStatesFilterAndDefinition() throws Exception {
		byte[] body = mvc.perform(get("/api/reports/acceptance").param("format", "csv").param("year", "2031")
			.with(user("auditor").roles("AUDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).contains("NHRCK convention").contains("year=2031")
			.contains("group,accepted,partiallyAccepted,notAccepted,awaitingResponse,responses,acceptanceRate,"
					+ "fullAcceptanceRate")
			.contains("ALL,1,1,1,1,3,0.667,0.333");
	}

	@Test
	void xlsxOpensWithPoiAndHoldsTheSameNumbersAsNumbers() throws Exception {
		byte[] body = download("acceptance", "xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(body))) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet("acceptance");
			Map<String, org.apache.poi.ss.usermodel.Row> byLabel = new java.util.HashMap<>();
			sheet.forEach(row -> byLabel.put(row.getCell(0) == null ? "" : row.getCell(0).toString(), row));
			assertThat(byLabel).containsKeys("definition", "filter", "generatedAt", "group", "ALL");
			assertThat(byLabel.get("filter").getCell(1).getStringCellValue()).contains("year=2031");
			org.apache.poi.ss.usermodel.Row all = byLabel.get("ALL");
			org.apache.poi.ss.usermodel.Row head = byLabel.get("group");
			Map<String, Double> values = new java.util.HashMap<>();
			for (int c = 1; c < head.getLastCellNum(); c++) {
				values.put(head.getCell(c).getStringCellValue(), all.getCell(c).getNumericCellValue());
			}
			assertThat(values).containsEntry("responses", 3.0).containsEntry("acceptanceRate", 0.667)
				.containsEntry("fullAcceptanceRate", 0.333);
		}
	}

	@Test
	void pdfStatesFilterDefinitionAndBothRates() throws Exception {
		byte[] body = download("acceptance", "pdf");
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(body)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
			assertThat(text).contains("acceptance", "NHRCK convention", "year=2031", "generatedAt", "0.667", "0.333");
		}
	}

	@Test
	void anUnknownFormatIsABadRequestNamingTheFormats() throws Exception {
		LifecycleApi.Answer answer = api.get("auditor", "/api/reports/acceptance?format=docx");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.raw()).contains("xlsx", "pdf");
	}

	private byte[] download(String report, String format) throws Exception {
		org.springframework.mock.web.MockHttpServletResponse response = mvc.perform(get("/api/reports/" + report)
			.param("format", format)
			.param("year", "2031")
			.with(user("auditor").roles("AUDITOR"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition")).contains(report + "." + format);
		return response.getContentAsByteArray();
	}

	@Test
	void anAddresseeMayNotReadReports() throws Exception {
		assertThat(api.get("rpt", "/api/reports/acceptance").status()).isEqualTo(403);
	}

}
