package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** The addressee answers, plans, reports progress with a file and declares implemented, all on pages. */
@SpringBootTest
@AutoConfigureMockMvc
class AddresseePagesTests {

	private static final RequestPostProcessor BUKGU = user("bukgu").roles("ADDRESSEE_CONTACT");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisations organisations;

	@Autowired
	private EvidenceRepository evidence;

	private LifecycleApi api;

	@BeforeEach
	void setUp() {
		api = new LifecycleApi(mvc, json, organisations);
	}

	private MockHttpServletResponse form(long assignment, String action, String... params) throws Exception {
		var request = post("/assignments/" + assignment + "/" + action).with(BUKGU).with(csrf())
			.header("Accept-Language", "en");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anAddresseeRespondsPlansReportsWithEvidenceAndDeclaresImplemented() throws Exception {
		String title = "Ramp at PS-" + System.nanoTime();
		long id = api.routed(title);
		long a1 = LifecycleApi.assignmentOf(api.get("officer", "/api/recommendations/" + id), "BUKGU");
		assertThat(page("/assignments", BUKGU)).contains(title, "/assignments/" + a1);
		assertThat(page("/assignments/" + a1, BUKGU)).contains("Confirm receipt").doesNotContain("Send the response");

		assertThat(form(a1, "acknowledge", "receivedDate", "2027-03-15").getRedirectedUrl()).isEqualTo("/assignments/" + a1);
		MockHttpServletResponse missing = form(a1, "respond", "decision", "PARTIALLY_ACCEPTED", "m1.description",
				"Portable ramp", "m1.kind", "TEMPORARY", "m1.responsibleUnit", "Facilities team", "m1.targetDate",
				"2027-05-31");
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString(StandardCharsets.UTF_8)).contains("Nothing was saved",
				"reasonCodes needs at least one code", "reason is required", "acceptedParts must say");

		assertThat(form(a1, "respond", "decision", "PARTIALLY_ACCEPTED", "reasonCodes", "BUDGET", "reason",
				"Rebuilding needs the 2028 budget", "acceptedParts", "portable ramp now", "m1.description",
				"Portable ramp", "m1.kind", "TEMPORARY", "m1.responsibleUnit", "Facilities team", "m1.targetDate",
				"2027-05-31").getStatus()).isEqualTo(302);
		api.onAssignment("officer", a1, "start_implementation", Map.of("reviewNote", "plan reviewed"));
		assertThat(form(a1, "add_measure", "description", "Rebuild the ramp", "kind", "PERMANENT", "responsibleUnit",
				"Construction team", "targetDate", "2028-06-30").getStatus()).isEqualTo(302);

		List<Map<String, Object>> plan = (List<Map<String, Object>>) LifecycleApi.assignments(
				api.get("bukgu", "/api/recommendations/" + id)).get(0).get("measures");
		assertThat(plan).extracting(m -> m.get("description")).containsExactly("Portable ramp", "Rebuild the ramp");
		byte[] photo = "JPEG of the portable ramp".getBytes(StandardCharsets.UTF_8);
		for (Map<String, Object> measure : plan) {
			MockHttpServletResponse progress = mvc.perform(multipart("/assignments/" + a1 + "/progress")
				.file(new MockMultipartFile("file", "ramp.jpg", "image/jpeg", photo))
				.param("measureId", String.valueOf(measure.get("id")))
				.param("text", "done")
				.param("percent", "100")
				.param("evidenceType", "PHOTO")
				.with(BUKGU)
				.with(csrf())).andReturn().getResponse();
			assertThat(progress.getStatus()).as(progress.getContentAsString()).isEqualTo(302);
		}
		List<Evidence> stored = evidence.findByMeasureIdIn(plan.stream().map(m -> ((Number) m.get("id")).longValue()).toList());
		assertThat(stored).hasSize(2).allSatisfy(e -> {
			assertThat(e.type).isEqualTo("PHOTO");
			assertThat(e.uri).startsWith("evidence-file:");
			assertThat(e.sha256).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)));
		});

		assertThat(form(a1, "declare_implemented").getStatus()).isEqualTo(302);
		assertThat(page("/assignments/" + a1, BUKGU)).contains("IMPLEMENTED");
		assertThat(api.list("officer", "/api/recommendations/" + id + "/history")).extracting(e -> e.get("action"))
			.containsSubsequence("acknowledge", "respond", "add_measure", "report_progress", "report_progress",
					"declare_implemented");
	}

	@Test
	void anAddresseeChangesATargetDateAndDropsAMeasureOnThePage() throws Exception {
		long id = api.routed("Plan change " + System.nanoTime());
		long a1 = inImplementation(id);
		List<Map<String, Object>> plan = plan(id);
		long ramp = ((Number) plan.get(0).get("id")).longValue();
		long rebuild = ((Number) plan.get(1).get("id")).longValue();
		assertThat(page("/assignments/" + a1, BUKGU)).contains("Change a target date", "Drop a measure",
				"id=\"target-reason\"", "id=\"drop-reason\"");

		MockHttpServletResponse changed = form(a1, "change_target_date", "measureId", String.valueOf(ramp),
				"targetDate", "2027-07-15", "reason", "The supplier delivers in July");
		assertThat(changed.getRedirectedUrl()).isEqualTo("/assignments/" + a1);
		assertThat(form(a1, "drop_measure", "measureId", String.valueOf(rebuild), "reason",
				"The building is to be replaced").getRedirectedUrl()).isEqualTo("/assignments/" + a1);

		assertThat(plan(id)).satisfiesExactly(m -> {
			assertThat(m.get("targetDate")).isEqualTo("2027-07-15");
			assertThat(m.get("status")).isEqualTo("PLANNED");
			assertThat(m.get("statusReason")).isEqualTo("The supplier delivers in July");
		}, m -> {
			assertThat(m.get("status")).isEqualTo("DROPPED");
			assertThat(m.get("statusReason")).isEqualTo("The building is to be replaced");
		});
		assertThat(page("/assignments/" + a1, BUKGU)).contains("2027-07-15", "The building is to be replaced");
		assertThat(api.list("officer", "/api/recommendations/" + id + "/history")).extracting(e -> e.get("action"))
			.containsSubsequence("change_target_date", "drop_measure");
	}

	@Test
	void aTargetDateChangeOrADropWithoutAReasonIsRefusedOnThePage() throws Exception {
		long id = api.routed("No reason " + System.nanoTime());
		long a1 = inImplementation(id);
		String ramp = String.valueOf(plan(id).get(0).get("id"));

		MockHttpServletResponse noReason = form(a1, "change_target_date", "measureId", ramp, "targetDate", "2027-07-15");
		assertThat(noReason.getStatus()).isEqualTo(400);
		assertThat(noReason.getContentAsString(StandardCharsets.UTF_8)).contains("role=\"alert\"",
				"Nothing was saved", "reason is required", "Change a target date");
		MockHttpServletResponse noDate = form(a1, "change_target_date", "measureId", ramp, "reason", "late");
		assertThat(noDate.getContentAsString(StandardCharsets.UTF_8)).contains("targetDate is required");
		MockHttpServletResponse dropped = form(a1, "drop_measure", "measureId", ramp, "reason", "   ");
		assertThat(dropped.getStatus()).isEqualTo(400);
		assertThat(dropped.getContentAsString(StandardCharsets.UTF_8)).contains("role=\"alert\"", "reason is required");

		assertThat(plan(id).get(0)).satisfies(m -> {
			assertThat(m.get("targetDate")).isEqualTo("2027-05-31");
			assertThat(m.get("status")).isEqualTo("PLANNED");
		});
	}

	/** Acknowledged, answered with a two-measure plan and reviewed: BUKGU's assignment is IN_IMPLEMENTATION. */
	private long inImplementation(long id) throws Exception {
		long a1 = LifecycleApi.assignmentOf(api.get("officer", "/api/recommendations/" + id), "BUKGU");
		api.onAssignment("bukgu", a1, "acknowledge", Map.of("receivedDate", "2027-03-15"));
		api.onAssignment("bukgu", a1, "respond", Map.of("decision", "ACCEPTED", "measures", List.of(
				Map.of("description", "Portable ramp", "kind", "TEMPORARY", "responsibleUnit", "Facilities team",
						"targetDate", "2027-05-31"),
				Map.of("description", "Rebuild the ramp", "kind", "PERMANENT", "responsibleUnit", "Construction team",
						"targetDate", "2028-06-30"))));
		assertThat(api.onAssignment("officer", a1, "start_implementation", Map.of("reviewNote", "plan reviewed"))
			.get("state")).isEqualTo("IN_IMPLEMENTATION");
		return a1;
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> plan(long id) throws Exception {
		return (List<Map<String, Object>>) LifecycleApi.assignments(api.get("bukgu", "/api/recommendations/" + id))
			.get(0)
			.get("measures");
	}

	@Test
	void anotherOrganisationsAssignmentIsNotFound() throws Exception {
		long id = api.routed("Foreign " + System.nanoTime());
		long a1 = LifecycleApi.assignmentOf(api.get("officer", "/api/recommendations/" + id), "BUKGU");
		assertThat(mvc.perform(get("/assignments/" + a1).with(user("nec").roles("ADDRESSEE_CONTACT")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post("/assignments/" + a1 + "/acknowledge").param("receivedDate", "2027-03-15")
			.with(user("nec").roles("ADDRESSEE_CONTACT"))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/assignments/" + a1).with(user("officer").roles("BUREAU_OFFICER")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void theEvidenceApiStoresAFileWithItsHashForTheAssignmentsOwnOrganisation() throws Exception {
		long id = api.routed("Evidence " + System.nanoTime());
		long a1 = LifecycleApi.assignmentOf(api.get("officer", "/api/recommendations/" + id), "BUKGU");
		byte[] letter = "Completion certificate".getBytes(StandardCharsets.UTF_8);
		MockMultipartFile file = new MockMultipartFile("file", "certificate.pdf", "application/pdf", letter);

		MockHttpServletResponse stored = mvc.perform(multipart("/api/assignments/" + a1 + "/evidence").file(file)
			.with(BUKGU)
			.with(csrf())).andReturn().getResponse();
		assertThat(stored.getStatus()).isEqualTo(201);
		Map<?, ?> body = json.readValue(stored.getContentAsString(), Map.class);
		assertThat((String) body.get("uri")).startsWith("evidence-file:");
		assertThat(body.get("sha256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(letter)));
		assertThat(mvc.perform(multipart("/api/assignments/" + a1 + "/evidence").file(file)
			.with(user("nec").roles("ADDRESSEE_CONTACT"))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(multipart("/api/assignments/" + a1 + "/evidence").with(BUKGU).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("file is required");
	}

}
