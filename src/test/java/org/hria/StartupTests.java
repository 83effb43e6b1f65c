package org.hria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.account.Role;
import org.hria.web.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whole-application starts: what survives a restart, and what stops a start. */
class StartupTests {

	@TempDir
	Path dataDir;

	@Test
	void aUserAndTheFirstAdminSurviveARestartOnTheH2File() throws Exception {
		Path rules = demoRulesOnly();
		try (ConfigurableApplicationContext first = start(Map.of("hria.rules-dir", rules.toString()))) {
			first.getBean(TestUsers.class).ensure("survivor", "survivor-password", Set.of(Role.DRAFTER));
		}
		try (ConfigurableApplicationContext second = start(Map.of("hria.rules-dir", rules.toString()))) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select username from user_account order by username", String.class))
				.containsExactly("admin", "survivor");
			assertThat(jdbc.queryForObject("select count(*) from rule_activation where action = 'STARTUP'", Integer.class))
				.as("the second start loaded the same files and recorded no new activation")
				.isEqualTo(jdbc.queryForObject("select count(distinct file) from rule_activation", Integer.class));
		}
	}

	@Test
	void aBrokenRuleFileStopsTheStartNamingFileAndLine() throws Exception {
		Path rules = dataDir.resolve("rules/demo");
		Files.createDirectories(rules);
		Files.writeString(rules.resolve("broken.drl"), "package rules.demo;\n\nrule \"x\"\nwhen\n  nonsense here(\nthen\nend\n");
		assertThatThrownBy(() -> start(Map.of("hria.rules-dir", dataDir.resolve("rules").toString())).close())
			.hasStackTraceContaining("demo/broken.drl:5");
	}

	private Path demoRulesOnly() throws Exception {
		Path rules = dataDir.resolve("rules/demo");
		Files.createDirectories(rules);
		try (var files = Files.list(Path.of("rules/demo"))) {
			for (Path file : files.toList()) {
				Files.copy(file, rules.resolve(file.getFileName().toString()));
			}
		}
		return rules.getParent();
	}

	private ConfigurableApplicationContext start(Map<String, String> properties) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--hria.rules-poll=1h",
				"--spring.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath()
						+ "/hria;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--HRIA_ADMIN_PASSWORD=first-admin-password"));
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(HriaApplication.class).run(args.toArray(String[]::new));
	}

}
