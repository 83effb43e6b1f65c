package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/evidence/{id}}: the file as uploaded with its hash, for those who may read it; tampering shows. */
@SpringBootTest
@AutoConfigureMockMvc
class EvidenceDownloadTests {

	private static final RequestPostProcessor BUKGU = user("bukgu").roles("ADDRESSEE_CONTACT");

	private static final byte[] CERTIFICATE = "%PDF-1.7 completion certificate of the ramp"
		.getBytes(StandardCharsets.UTF_8);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MeasureRepository measures;

	@Autowired
	private EvidenceRepository evidence;

	private LifecycleApi api;

	@BeforeEach
	void setUp() {
		api = new LifecycleApi(mvc, json, organisations);
	}

	private record Upload(long recommendation, long assignment, long file, String location) {
	}

	private Upload upload(String title, String fileName) throws Exception {
		long id = api.routed(title + " " + System.nanoTime());
		long a1 = LifecycleApi.assignmentOf(api.get("officer", "/api/recommendations/" + id), "BUKGU");
		MockHttpServletResponse stored = mvc.perform(multipart("/api/assignments/" + a1 + "/evidence")
			.file(new MockMultipartFile("file", fileName, "application/pdf", CERTIFICATE))
			.with(BUKGU)
			.with(csrf())).andReturn().getResponse();
		assertThat(stored.getStatus()).isEqualTo(201);
		long file = ((Number) json.readValue(stored.getContentAsString(), Map.class).get("id")).longValue();
		return new Upload(id, a1, file, stored.getHeader("Location"));
	}

	private MockHttpServletResponse download(long file, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/evidence/" + file).with(who)).andReturn().getResponse();
	}

	@Test
	void theAddresseeDownloadsTheFileWithItsTypeNameAndHash() throws Exception {
		Upload upload = upload("Download", "준공 확인서.pdf");
		assertThat(upload.location()).isEqualTo("/api/evidence/" + upload.file());
		byte[] sha = MessageDigest.getInstance("SHA-256").digest(CERTIFICATE);

		MockHttpServletResponse file = download(upload.file(), BUKGU);
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentAsByteArray()).isEqualTo(CERTIFICATE);
		assertThat(file.getContentType()).isEqualTo("application/pdf");
		ContentDisposition disposition = ContentDisposition.parse(file.getHeader("Content-Disposition"));
		assertThat(disposition.isAttachment()).isTrue();
		assertThat(disposition.getFilename()).isEqualTo("준공 확인서.pdf");
		assertThat(file.getHeader(EvidenceController.SHA256_HEADER)).isEqualTo(HexFormat.of().formatHex(sha));
		assertThat(file.getHeader("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(sha) + ":");
	}

	@Test
	void theBureauAndTheAuditorMayDownloadAndAnotherOrganisationGetsNotFound() throws Exception {
		Upload upload = upload("Access", "certificate.pdf");
		assertThat(download(upload.file(), user("officer").roles("BUREAU_OFFICER")).getContentAsByteArray())
			.isEqualTo(CERTIFICATE);
		assertThat(download(upload.file(), user("lead").roles("BUREAU_LEAD")).getStatus()).isEqualTo(200);
		assertThat(download(upload.file(), user("auditor").roles("AUDITOR")).getStatus()).isEqualTo(200);

		MockHttpServletResponse foreign = download(upload.file(), user("nec").roles("ADDRESSEE_CONTACT"));
		assertThat(foreign.getStatus()).isEqualTo(404);
		assertThat(foreign.getContentAsString()).doesNotContain("certificate.pdf", "completion certificate");
		assertThat(download(upload.file(), user("no-organisation").roles("ADDRESSEE_CONTACT")).getStatus())
			.isEqualTo(404);
		assertThat(download(Long.MAX_VALUE, user("officer").roles("BUREAU_OFFICER")).getStatus()).isEqualTo(404);
		assertThat(download(upload.file(), user("secretary").roles("COMMITTEE_SECRETARY")).getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(get("/api/evidence/" + upload.file())).andReturn().getResponse().getStatus())
			.isEqualTo(401);
	}

	@Test
	void aFileChangedInTheDatabaseIsRefusedAsTamperedNamingTheEvidence() throws Exception {
		Upload upload = upload("Tamper", "certificate.pdf");
		jdbc.update("update evidence_file set content = ? where id = ?",
				"%PDF-1.7 a different certificate".getBytes(StandardCharsets.UTF_8), upload.file());

		MockHttpServletResponse refused = download(upload.file(), BUKGU);
		assertThat(refused.getStatus()).isEqualTo(500);
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		Map<?, ?> problem = json.readValue(refused.getContentAsString(StandardCharsets.UTF_8), Map.class);
		assertThat(problem.get("type")).isEqualTo("https://hria.org/problems/evidence-tampered");
		assertThat(((Number) problem.get("evidenceId")).longValue()).isEqualTo(upload.file());
		assertThat((String) problem.get("detail")).contains("evidence file " + upload.file(), "certificate.pdf",
				"SHA-256");
		assertThat(refused.getContentAsString()).doesNotContain("different certificate");
	}

	@Test
	void anEvidenceRowCitingTheFileWithAnotherHashIsAlsoTampering() throws Exception {
		Upload upload = upload("Tamper row", "certificate.pdf");
		long measure = measures.save(new Measure(upload.assignment(), "ramp", "TEMPORARY", "unit",
				LocalDate.of(2027, 5, 31))).id;
		evidence.save(new Evidence(measure, "DOCUMENT", EvidenceFiles.URI_PREFIX + upload.file(), "0".repeat(64), false));

		assertThat(download(upload.file(), BUKGU).getStatus()).isEqualTo(500);
	}

	@Test
	void theAssignmentPageAndTheRecommendationPageLinkTheFile() throws Exception {
		Upload upload = upload("Links", "certificate.pdf");
		String link = "href=\"/api/evidence/" + upload.file() + "\"";
		assertThat(mvc.perform(get("/assignments/" + upload.assignment()).with(BUKGU))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains(link, "certificate.pdf");
		assertThat(mvc.perform(get("/recommendations/" + upload.recommendation()).with(user("officer").roles("BUREAU_OFFICER")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains(link, "BUKGU");
		assertThat(mvc.perform(get("/recommendations/" + upload.recommendation()).with(user("member").roles("COMMITTEE_MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).as("no link for a role that may not download").doesNotContain(link);
	}

}
