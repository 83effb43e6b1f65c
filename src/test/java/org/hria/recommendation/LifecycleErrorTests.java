package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/** Spec 5.3: 409, 400, 412, 404 and 403, and one winner among concurrent transitions. */
@SpringBootTest
@AutoConfigureMockMvc
class LifecycleErrorTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisations organisations;

	@Autowired
	private RecommendationRepository recommendations;

	@Autowired
	private TransactionTemplate transactions;

	private LifecycleApi api;

	@BeforeEach
	void setUp() {
		api = new LifecycleApi(mvc, json, organisations);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anIllegalActionIs409WithTheActionsAllowedNow() throws Exception {
		long id = api.create("officer", "illegal adopt", "R-1").id();
		LifecycleApi.Answer answer = api.transition("officer", id, "route", Map.of());
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.get("currentState")).isEqualTo("DRAFT");
		assertThat((List<Object>) answer.get("allowedActions")).containsExactlyInAnyOrder("triage", "merge", "dismiss");
	}

	@Test
	void aMissingReasonIs400NamingTheField() throws Exception {
		long id = api.create("officer", "dismiss without reason", "R-2").id();
		LifecycleApi.Answer answer = api.transition("officer", id, "dismiss", Map.of("reasonCode", "FALSE_POSITIVE"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.raw()).contains("\"field\":\"reason\"").contains("\"code\":\"required\"");
		assertThat(api.get("officer", "/api/recommendations/" + id).get("state")).isEqualTo("DRAFT");
	}

	@Test
	void aNotAcceptedResponseNeedsReasonCodesAndAnAcceptedOneAMeasure() throws Exception {
		LifecycleApi.Answer rec = api.get("officer", "/api/recommendations/" + api.routed("respond checks"));
		long a1 = LifecycleApi.assignmentOf(rec, "BUKGU");
		api.onAssignment("bukgu", a1, "acknowledge", Map.of("receivedDate", "2027-03-15"));
		assertThat(api.onAssignment("bukgu", a1, "respond", Map.of("decision", "NOT_ACCEPTED")).raw())
			.contains("\"field\":\"reasonCodes\"").contains("\"field\":\"reason\"");
		assertThat(api.onAssignment("bukgu", a1, "respond", Map.of("decision", "ACCEPTED")).raw())
			.contains("\"field\":\"measures\"");
	}

	@Test
	void aStaleIfMatchVersionIs412() throws Exception {
		LifecycleApi.Answer created = api.create("officer", "stale", "R-3");
		LifecycleApi.Answer answer = api.transition("officer", created.id(), "dismiss",
				Map.of("reasonCode", "OTHER", "reason", "x"), "\"" + (created.version() + 1) + "\"");
		assertThat(answer.status()).isEqualTo(412);
		assertThat(answer.get("currentVersion")).isEqualTo((int) created.version());
		assertThat(api.transition("officer", created.id(), "dismiss", Map.of("reasonCode", "OTHER", "reason", "x"),
				"\"" + created.version() + "\"").status()).isEqualTo(200);
	}

	@Test
	void anotherOrganisationsRecordIs404AndTheWrongRoleIs403() throws Exception {
		long id = api.routed("foreign");
		assertThat(api.get("seogu", "/api/recommendations/" + id).status()).isEqualTo(404);
		assertThat(api.get("bukgu", "/api/recommendations/" + id).status()).isEqualTo(200);
		long a2 = LifecycleApi.assignmentOf(api.get("officer", "/api/recommendations/" + id), "GJ-NEC");
		assertThat(api.onAssignment("bukgu", a2, "acknowledge", Map.of("receivedDate", "2027-03-15")).status())
			.isEqualTo(404);
		assertThat(api.onAssignment("secretary", a2, "acknowledge", Map.of("receivedDate", "2027-03-15")).status())
			.isEqualTo(403);
		long draft = api.create("officer", "role check", "R-4").id();
		assertThat(api.transition("secretary", draft, "triage", Map.of()).status()).isEqualTo(403);
		assertThat(api.create("inspector", "not allowed", "R-5").status()).isEqualTo(403);
	}

	@Test
	void theActionsListShowsWhatTheCallerMayDoWithTheFieldsEachNeeds() throws Exception {
		long id = api.routed("actions");
		List<Map<String, Object>> forBukgu = api.list("bukgu", "/api/recommendations/" + id + "/actions");
		assertThat(forBukgu).extracting(a -> a.get("action")).containsExactly("acknowledge");
		assertThat(forBukgu.get(0).toString()).contains("receivedDate");
		List<Map<String, Object>> forLead = api.list("lead", "/api/recommendations/" + id + "/actions");
		assertThat(forLead).extracting(a -> a.get("action")).containsExactly("withdraw", "acknowledge", "acknowledge");
	}

	@Test
	void anAddresseeListsOnlyItsOrganisationsRecommendations() throws Exception {
		long id = api.routed("listed");
		long other = api.create("officer", "not routed", "R-7").id();
		assertThat(api.list("bukgu", "/api/recommendations?size=500")).extracting(r -> ((Number) r.get("id")).longValue())
			.contains(id)
			.doesNotContain(other);
		assertThat(api.list("officer", "/api/recommendations?state=DRAFT&size=500"))
			.extracting(r -> ((Number) r.get("id")).longValue())
			.contains(other)
			.doesNotContain(id);
	}

	@Test
	void anExtensionBeyondTheRulesMaximumIs422() throws Exception {
		long id = api.routed("extension");
		long a1 = LifecycleApi.assignmentOf(api.get("officer", "/api/recommendations/" + id), "BUKGU");
		api.onAssignment("bukgu", a1, "acknowledge", Map.of("receivedDate", "2027-03-15"));
		LifecycleApi.Answer tooLong = api.onAssignment("lead", a1, "extend",
				Map.of("newDueDate", "2027-09-01", "reason", "r"));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.get("maxAllowedDate")).isEqualTo("2027-08-13");
	}

	@Test
	void ofTwoConcurrentTransitionsExactlyOneSucceeds() throws Exception {
		for (int round = 0; round < 3; round++) {
			long id = api.create("officer", "race " + round, "R-6").id();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<Integer>> results = new ArrayList<>();
			for (String code : List.of("FALSE_POSITIVE", "OTHER")) {
				results.add(pool.submit(() -> {
					start.await();
					return api.transition("officer", id, "dismiss", Map.of("reasonCode", code, "reason", "race"))
						.status();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			pool.shutdown();
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
			assertThat(api.list("officer", "/api/recommendations/" + id + "/history")).extracting(e -> e.get("action"))
				.containsExactly("create", "dismiss");
		}
	}

	@Test
	void aSecondWriterWithAnOldVersionIsRefused() {
		long id = transactions.execute(s -> recommendations.save(new Recommendation("t", "x", "officer")).id);
		Recommendation first = transactions.execute(s -> recommendations.findById(id).orElseThrow());
		Recommendation second = transactions.execute(s -> recommendations.findById(id).orElseThrow());
		first.title = "first";
		transactions.executeWithoutResult(s -> recommendations.save(first));
		second.title = "second";
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> recommendations.save(second)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

}
