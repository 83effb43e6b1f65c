package org.hria.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;

/** Runs on H2 in the tests and again on PostgreSQL in CI (failsafe, HRIA_TEST_POSTGRES_URL). */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class UserAccountRepositoryTests {

	@Autowired
	private UserAccountRepository users;

	@Test
	void storesAUserWithSeveralRoles() {
		users.saveAndFlush(new UserAccount("repo-user", "{bcrypt}hash", "Repo User",
				EnumSet.of(Role.BUREAU_OFFICER, Role.COMMITTEE_SECRETARY)));
		assertThat(users.findByUsername("repo-user")).get()
			.satisfies(user -> assertThat(user.getRoles()).containsExactlyInAnyOrder(Role.BUREAU_OFFICER,
					Role.COMMITTEE_SECRETARY));
	}

	@Test
	void userNamesAreUniqueInTheDatabase() {
		users.saveAndFlush(new UserAccount("twice", "{bcrypt}hash", "A", EnumSet.of(Role.DRAFTER)));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> users.saveAndFlush(new UserAccount("twice", "{bcrypt}hash", "B", EnumSet.of(Role.DRAFTER))));
	}

}
