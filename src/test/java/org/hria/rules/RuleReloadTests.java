package org.hria.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rules change without a restart, and a broken file never replaces the running rules. The
 * context works on a copy of the demo domain only, so each reload compiles a few rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RuleReloadTests {

	@TempDir
	static Path rulesDir;

	private static final String DOOR_850 = """
			{"measurements":[{"subject":"r","criterion":"door_width","value":850,"unit":"mm"}]}""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RuleEngine engine;

	@DynamicPropertySource
	static void rulesInATemporaryCopy(DynamicPropertyRegistry registry) throws IOException {
		copy(Path.of("rules/demo"), rulesDir.resolve("demo"));
		registry.add("hria.rules-dir", rulesDir::toString);
	}

	@BeforeEach
	void restoreShippedRules() throws IOException {
		copy(Path.of("rules/demo"), rulesDir.resolve("demo"));
		Files.deleteIfExists(rulesDir.resolve("demo/broken.drl"));
		engine.reload("test");
	}

	@Test
	void aThresholdChangedInATableChangesTheResultAfterAReload() throws Exception {
		evaluate().andExpect(jsonPath("$.findings[0].ruleId").value("DEMO-DOOR-WIDTH"));
		lowerDoorMinimumTo800();

		mvc.perform(post("/api/admin/rules/reload").with(csrf()).with(user("lead").roles("BUREAU_LEAD")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changedFiles[0]").value("demo/room-thresholds.drl.csv"));

		evaluate().andExpect(jsonPath("$.findings").isEmpty());
	}

	@Test
	void aSyntaxErrorAnswers422WithFileAndLineAndTheOldRulesKeepAnswering() throws Exception {
		String before = engine.current().version();
		Files.writeString(rulesDir.resolve("demo/broken.drl"), "package rules.demo;\n\nrule \"x\"\nwhen\n  nonsense here(\nthen\nend\n");

		mvc.perform(post("/api/admin/rules/reload").with(csrf()).with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].file").value("demo/broken.drl"))
			.andExpect(jsonPath("$.errors[0].line").value(5))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("demo/broken.drl:5")));

		assertThat(engine.current().version()).isEqualTo(before);
		evaluate().andExpect(jsonPath("$.findings[0].ruleId").value("DEMO-DOOR-WIDTH"));
	}

	@Test
	void anUploadedFileIsActivatedOnlyIfTheWholeRuleBaseCompiles() throws Exception {
		String table = Files.readString(rulesDir.resolve("demo/room-thresholds.drl.csv"));
		MockMultipartFile broken = new MockMultipartFile("file", "room-thresholds.drl.csv", "text/csv",
				table.replace("value < $min", "value <<< $min").getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/admin/rules/file").file(broken)
			.param("path", "demo/room-thresholds.drl.csv")
			.with(csrf()).with(user("lead").roles("BUREAU_LEAD")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].file").value("demo/room-thresholds.drl.csv"));
		assertThat(Files.readString(rulesDir.resolve("demo/room-thresholds.drl.csv"))).isEqualTo(table);

		MockMultipartFile changed = new MockMultipartFile("file", "room-thresholds.drl.csv", "text/csv",
				table.replace(",900,door_width,", ",800,door_width,").getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/admin/rules/file").file(changed)
			.param("path", "demo/room-thresholds.drl.csv")
			.with(csrf()).with(user("lead").roles("BUREAU_LEAD")))
			.andExpect(status().isOk());
		evaluate().andExpect(jsonPath("$.findings").isEmpty());
		mvc.perform(get("/api/admin/rules/activations").with(csrf()).with(user("lead").roles("BUREAU_LEAD")))
			.andExpect(jsonPath("$[0].actor").value("lead"))
			.andExpect(jsonPath("$[0].action").value("UPLOAD"))
			.andExpect(jsonPath("$[0].file").value("demo/room-thresholds.drl.csv"))
			.andExpect(jsonPath("$[0].checksum").value(Checksums.sha256(changed.getBytes())));
	}

	@Test
	void anUploadOutsideTheRulesDirectoryIsRefused() throws Exception {
		mvc.perform(multipart("/api/admin/rules/file")
			.file(new MockMultipartFile("file", "x.drl", "text/plain", new byte[] { 'x' }))
			.param("path", "../etc/x.drl")
			.with(csrf()).with(user("lead").roles("BUREAU_LEAD")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not a rule file name")));
		mvc.perform(multipart("/api/admin/rules/file")
			.file(new MockMultipartFile("file", "x.csv", "text/plain", new byte[] { 'x' }))
			.param("path", "demo/plain.csv")
			.with(csrf()).with(user("lead").roles("BUREAU_LEAD")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aDrafterMayNotReloadOrUpload() throws Exception {
		mvc.perform(post("/api/admin/rules/reload").with(csrf()).with(user("d").roles("DRAFTER"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/admin/rules/files").with(csrf()).with(user("d").roles("DRAFTER"))).andExpect(status().isForbidden());
	}

	@Test
	void theDirectoryWatcherFollowsAChangeMadeByAnotherInstance() throws Exception {
		lowerDoorMinimumTo800();
		engine.followDirectory();
		evaluate().andExpect(jsonPath("$.findings").isEmpty());
	}

	private org.springframework.test.web.servlet.ResultActions evaluate() throws Exception {
		return mvc.perform(post("/api/demo/evaluations").with(csrf()).with(user("inspector").roles("INSPECTOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(DOOR_850)).andExpect(status().isCreated());
	}

	private static void lowerDoorMinimumTo800() throws IOException {
		Path table = rulesDir.resolve("demo/room-thresholds.drl.csv");
		String original = Files.readString(table);
		assertThat(original).as("the demo door row").contains(",900,door_width,");
		Files.writeString(table, original.replace(",900,door_width,", ",800,door_width,"));
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : files.filter(Files::isRegularFile).toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				Files.createDirectories(target.getParent());
				Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

}
