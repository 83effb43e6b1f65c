package org.hria.rules;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RulePagesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theRuleFilesPageListsFilesWithDownloadLinksAndHistory() throws Exception {
		mvc.perform(get("/admin/rules").with(user("lead").roles("BUREAU_LEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("demo/room-thresholds.drl.csv")))
			.andExpect(content().string(containsString("/api/admin/rules/file?path=demo/room-thresholds.drl.csv")))
			.andExpect(content().string(containsString("STARTUP")));
	}

	@Test
	void aRuleFileDownloadsAsAnAttachment() throws Exception {
		mvc.perform(get("/api/admin/rules/file").param("path", "demo/missing-values.drl")
			.with(user("lead").roles("BUREAU_LEAD")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("missing-values.drl")))
			.andExpect(content().string(containsString("DEMO-MISSING-VALUE")));
		mvc.perform(get("/api/admin/rules/file").param("path", "demo/none.drl").with(user("lead").roles("BUREAU_LEAD")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUploadThatDoesNotCompileIsShownWithFileAndLineAndNotActivated() throws Exception {
		MockMultipartFile broken = new MockMultipartFile("file", "missing-values.drl", "text/plain",
				"package rules.demo;\n\nrule \"x\"\nwhen\n  nonsense here(\nthen\nend\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/admin/rules").file(broken)
			.param("path", "demo/missing-values.drl")
			.with(csrf())
			.with(user("lead").roles("BUREAU_LEAD")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("problems"));
		mvc.perform(get("/api/admin/rules/file").param("path", "demo/missing-values.drl")
			.with(user("lead").roles("BUREAU_LEAD")))
			.andExpect(content().string(containsString("DEMO-MISSING-VALUE")));
	}

	@Test
	void everySignedInUserSeesTheCatalogueButNotTheFilesPage() throws Exception {
		mvc.perform(get("/rules").with(user("i").roles("INSPECTOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DEMO-DOOR-WIDTH")));
		mvc.perform(get("/admin/rules").with(user("i").roles("INSPECTOR"))).andExpect(status().isForbidden());
	}

}
