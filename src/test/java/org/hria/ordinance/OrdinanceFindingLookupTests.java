package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.recommendation.FindingLookup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An ordinance review finding cited by its ORD- id: article and quote, visibility, and the text check. */
@SpringBootTest
@AutoConfigureMockMvc
class OrdinanceFindingLookupTests {

	private static final String NATIONALITY = "제5조(이용 대상) 센터는 대한민국 국적을 가진 사람으로서 시에 주민등록을 둔 사람만 이용할 수 있다.";

	private static final FindingLookup.Viewer OFFICER = new FindingLookup.Viewer("officer",
			Set.of("ROLE_BUREAU_OFFICER"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private OrdinanceFindingLookup lookup;

	private JsonNode review(String title, String text, Long previous) throws Exception {
		Map<String, Object> body = new HashMap<>(Map.of("title", title, "text", text));
		if (previous != null) {
			body.put("previousReviewId", previous);
		}
		MvcResult result = mvc.perform(post("/api/ordinance-reviews").with(user("officer").roles("BUREAU_OFFICER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String cite(JsonNode review, String ruleId) {
		for (JsonNode finding : review.get("findings")) {
			if (finding.get("ruleId").asString().equals(ruleId)) {
				String id = "ORD-" + review.get("id").asLong() + "-" + finding.get("id").asString();
				assertThat(review.at("/citeAs/" + finding.get("id").asString()).asString()).isEqualTo(id);
				return id;
			}
		}
		throw new AssertionError("no " + ruleId);
	}

	@Test
	void theApiCreatesADraftFromAnOrdinanceFindingWithArticleAndQuote() throws Exception {
		String id = cite(review("Lookup centre " + System.nanoTime(), NATIONALITY, null), "ORD-DISC-001");

		MvcResult created = mvc.perform(post("/api/recommendations").with(user("lead").roles("BUREAU_LEAD"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("title", "Open the centre", "text", "Remove the nationality condition",
					"findingIds", List.of(id))))).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		JsonNode body = json.readTree(created.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(body.get("state").asString()).isEqualTo("DRAFT");
		assertThat(body.at("/findings/0/findingId").asString()).isEqualTo(id);
		assertThat(body.at("/findings/0/sourceType").asString()).isEqualTo("ORDINANCE");
		assertThat(body.at("/findings/0/ruleId").asString()).isEqualTo("ORD-DISC-001");
		assertThat(body.at("/findings/0/locator").asString()).contains("제5조", "\"", "국적");
	}

	@Test
	void onlyTheRolesThatSeeOrdinanceReviewsMayCiteThem() throws Exception {
		String id = cite(review("Lookup centre " + System.nanoTime(), NATIONALITY, null), "ORD-DISC-001");
		assertThat(lookup.find(id, OFFICER)).isPresent();
		assertThat(lookup.find(id, new FindingLookup.Viewer("inspector", Set.of("ROLE_INSPECTOR")))).isEmpty();
		assertThat(lookup.find(id, new FindingLookup.Viewer("ombudsperson", Set.of("ROLE_OMBUDSPERSON")))).isEmpty();
		assertThat(lookup.find("SUR-1", OFFICER)).isEmpty();
		assertThat(lookup.find(id.replace("ORD-", "ORD-9"), OFFICER)).isEmpty();
	}

	@Test
	void theReviewPageShowsTheIdToCiteAndTheCreateFormToTheBureau() throws Exception {
		JsonNode review = review("Lookup centre " + System.nanoTime(), NATIONALITY, null);
		String id = cite(review, "ORD-DISC-001");
		String page = mvc.perform(get("/ordinance-reviews/" + review.get("id").asLong())
			.with(user("officer").roles("BUREAU_OFFICER"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"" + id + "\"", "form=\"recommend-form\"", "id=\"recommend-form\"");
		String drafter = mvc.perform(get("/ordinance-reviews/" + review.get("id").asLong())
			.with(user("drafter").roles("DRAFTER"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(drafter).contains(id).doesNotContain("recommend-form");
	}

	@Test
	void textCheckLooksForTheFindingInTheLatestLaterVersion() throws Exception {
		String title = "Lookup centre " + System.nanoTime();
		JsonNode v1 = review(title, NATIONALITY, null);
		String id = cite(v1, "ORD-DISC-001");
		assertThat(lookup.recheck(id, "ORDINANCE_TEXT_CHECK")).hasValueSatisfying(r -> assertThat(r.evidence()).isNull());
		JsonNode v2 = review(title, NATIONALITY + " 이용료는 무료로 한다.", v1.get("id").asLong());
		assertThat(lookup.recheck(id, "ORDINANCE_TEXT_CHECK")).hasValueSatisfying(r -> {
			assertThat(r.passed()).isFalse();
			assertThat(r.evidence()).isEqualTo("review " + v2.get("id").asLong());
		});
		JsonNode v3 = review(title, "제5조(이용 대상) 센터는 누구나 이용할 수 있다.", v2.get("id").asLong());
		assertThat(lookup.recheck(id, "ORDINANCE_TEXT_CHECK")).hasValueSatisfying(r -> {
			assertThat(r.passed()).isTrue();
			assertThat(r.evidence()).isEqualTo("review " + v3.get("id").asLong());
			assertThat(r.rulesRechecked()).containsExactly("ORD-DISC-001");
		});
		assertThat(lookup.recheck(id, "RESURVEY")).isEmpty();
	}

}
