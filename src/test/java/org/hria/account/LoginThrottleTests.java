package org.hria.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Test
	void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
		accounts.create(new NewUser("throttled", "the-right-password", "T", Set.of(Role.INSPECTOR)));
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/rules").with(httpBasic("throttled", "wrong-" + i))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/rules").with(httpBasic("throttled", "the-right-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aSuccessfulLoginResetsTheCount() throws Exception {
		accounts.create(new NewUser("forgetful", "the-right-password", "F", Set.of(Role.INSPECTOR)));
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				mvc.perform(get("/api/rules").with(httpBasic("forgetful", "wrong"))).andExpect(status().isUnauthorized());
			}
			mvc.perform(get("/api/rules").with(httpBasic("forgetful", "the-right-password"))).andExpect(status().isOk());
		}
	}

}
