package org.hria.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;

/** Runs on H2 in the tests and again on PostgreSQL in CI (failsafe, HRIA_TEST_POSTGRES_URL). */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RuleActivationRepositoryTests {

	@Autowired
	private RuleActivationRepository activations;

	@Test
	void findsTheLatestActivationOfEachFile() {
		activations.deleteAll();
		activations.save(new RuleActivation("a", "STARTUP", "demo/a.drl", "1111", "v1"));
		activations.save(new RuleActivation("b", "UPLOAD", "demo/a.drl", "2222", "v2"));
		activations.save(new RuleActivation("b", "UPLOAD", "demo/b.drl.csv", "3333", "v2"));
		activations.flush();

		assertThat(activations.findLatestPerFile()).extracting(RuleActivation::getFile, RuleActivation::getChecksum)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("demo/a.drl", "2222"),
					org.assertj.core.groups.Tuple.tuple("demo/b.drl.csv", "3333"));
		assertThat(activations.findAllByOrderByIdDesc(PageRequest.of(0, 1))).singleElement()
			.extracting(RuleActivation::getFile)
			.isEqualTo("demo/b.drl.csv");
	}

}
