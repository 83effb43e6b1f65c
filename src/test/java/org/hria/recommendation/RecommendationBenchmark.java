package org.hria.recommendation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code ./mvnw -Pbench verify -Dbench=recommendation}: generates recommendations with 3 assignments
 * and 30 hash-chained audit events each, and times the overdue list and the yearly reports at
 * 10,000 (the baseline) and at 100,000 recommendations (300,000 assignments, 3,000,000 audit
 * events). H2 in a temporary file by default; PostgreSQL with {@code -Dbench.url=jdbc:postgresql://...
 * -Dbench.user=... -Dbench.password=...} (an empty database: the benchmark runs the migrations).
 */
public final class RecommendationBenchmark {

	private static final int ASSIGNMENTS = 3;

	private static final int EVENTS = 30;

	private static final LocalDate AS_OF = LocalDate.parse("2027-06-30");

	private RecommendationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = { Integer.getInteger("bench.small", 10_000), Integer.getInteger("bench.large", 100_000) };
		DataSource dataSource = dataSource();
		String vendor = System.getProperty("bench.url", "").startsWith("jdbc:postgresql") ? "postgresql" : "h2";
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		OverdueQuery overdue = new OverdueQuery(jdbc, new Deadlines(Path.of("rules")), 60);
		Reports reports = new Reports(jdbc, overdue);
		AnnualSummary annual = new AnnualSummary(jdbc);
		FlowReports flows = new FlowReports(jdbc);
		Generator generator = new Generator(dataSource);
		System.out.printf("recommendation benchmark on %s (%d assignments and %d audit events per recommendation)%n",
				vendor, ASSIGNMENTS, EVENTS);
		for (int size : sizes) {
			long start = System.nanoTime();
			generator.growTo(size);
			System.out.printf("  generated up to %,d recommendations in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
			int[] overdueRows = new int[1];
			time("overdue list as of " + AS_OF, () -> overdueRows[0] = overdue.asOf(AS_OF).size());
			System.out.printf("    (%,d overdue assignments)%n", overdueRows[0]);
			ReportFilter year = new ReportFilter(2026, null, null, "addressee");
			time("yearly acceptance report 2026 by addressee", () -> reports.acceptance(year).size());
			time("yearly implementation report 2026 by addressee", () -> reports.implementation(year).size());
			time("yearly time-to-response 2026 by addressee", () -> reports.timeToResponse(year).size());
			ReportFilter every = new ReportFilter(null, null, null, null);
			time("annual summary (every year)", () -> annual.rows(every).size());
			time("time to implementation 2026 by theme", () -> flows.timeToImplementation(year.withGroupBy("theme"))
				.size());
			time("pipeline 2026 (audit events by month)", () -> flows.pipeline(year).size());
			time("pipeline 2026, one addressee", () -> flows.pipeline(new ReportFilter(2026, "ORG-7", null, null))
				.size());
		}
	}

	private static void time(String what, Supplier<Integer> query) {
		query.get();
		List<Double> runs = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			query.get();
			runs.add((System.nanoTime() - start) / 1e6);
		}
		runs.sort(null);
		System.out.printf("    %-48s median %8.1f ms (min %.1f, max %.1f, 5 runs after 1 warm-up)%n", what, runs.get(2),
				runs.get(0), runs.get(4));
	}

	private static DataSource dataSource() throws Exception {
		String url = System.getProperty("bench.url");
		if (url != null) {
			return new DriverManagerDataSource(url, System.getProperty("bench.user"), System.getProperty("bench.password"));
		}
		Path dir = Files.createTempDirectory("hria-recommendation-bench");
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:file:" + dir.resolve("bench")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		h2.setUser("hria");
		System.out.println("H2 database in " + dir + " (delete it afterwards)");
		return h2;
	}

	/** Inserts with JDBC batches; ids are assigned here so the chain and links need no round trips. */
	private static final class Generator {

		private static final String[] STATES = { "ROUTED", "RESPONSE_DUE", "RESPONDED", "IN_IMPLEMENTATION",
				"IMPLEMENTED", "VERIFIED", "CLOSED" };

		private static final String[] DECISIONS = { "ACCEPTED", "PARTIALLY_ACCEPTED", "NOT_ACCEPTED" };

		private final DataSource dataSource;

		private final Random random = new Random(42);

		private int count;

		private long seq;

		private String lastHash = AuditChain.GENESIS;

		Generator(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		void growTo(int size) throws SQLException {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				if (count == 0) {
					organisations(connection);
				}
				while (count < size) {
					int batch = Math.min(1_000, size - count);
					insert(connection, count + 1, batch);
					connection.commit();
					count += batch;
				}
			}
		}

		private void organisations(Connection connection) throws SQLException {
			try (PreparedStatement org = connection.prepareStatement(
					"insert into organisation (code, name, type) values (?, ?, 'DEPARTMENT')")) {
				for (int i = 0; i < 40; i++) {
					org.setString(1, "ORG-" + i);
					org.setString(2, "Department " + i);
					org.addBatch();
				}
				org.executeBatch();
			}
		}

		private void insert(Connection c, int firstId, int batch) throws SQLException {
			try (PreparedStatement rec = c.prepareStatement("insert into recommendation (id, state, title, body, "
					+ "deadline_rule_id, decided_at, created_by, created_at, version, published) "
					+ "values (?, 'ROUTED', ?, ?, 'GJ-COMMITTEE-90', ?, 'bench', ?, 0, false)");
					PreparedStatement theme = c.prepareStatement(
							"insert into recommendation_theme (recommendation_id, code) values (?, ?)");
					PreparedStatement asg = c.prepareStatement("insert into assignment (id, recommendation_id, "
							+ "organisation_code, lead, state, dispatched_at, document_no, received_at, deadline_rule_id, "
							+ "deadline_rule_version, response_due_at, decision, responded_at, implemented_at, outcome, "
							+ "extensions_used, version) values (?, ?, ?, ?, ?, ?, ?, ?, 'GJ-COMMITTEE-90', 'bench', ?, ?, ?, "
							+ "?, ?, 0, 0)");
					PreparedStatement measure = c.prepareStatement("insert into measure (id, assignment_id, description, "
							+ "kind, responsible_unit, target_date, status, percent) values (?, ?, 'measure', 'PERMANENT', "
							+ "'unit', ?, ?, 0)");
					PreparedStatement event = c.prepareStatement("insert into audit_event (seq, recommendation_id, "
							+ "assignment_id, action, from_state, to_state, actor_user_id, actor_role, occurred_at, reason, "
							+ "prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (long id = firstId; id < firstId + batch; id++) {
					LocalDate decided = LocalDate.parse("2025-01-06").plusDays(random.nextInt(3 * 365));
					rec.setLong(1, id);
					rec.setString(2, "Recommendation " + id);
					rec.setString(3, "Text of recommendation " + id);
					rec.setDate(4, Date.valueOf(decided));
					rec.setTimestamp(5, Timestamp.from(Instant.now()));
					rec.addBatch();
					theme.setLong(1, id);
					theme.setString(2, "THEME-" + random.nextInt(12));
					theme.addBatch();
					for (int a = 0; a < ASSIGNMENTS; a++) {
						assignment(asg, measure, id, a, decided);
					}
					for (int e = 0; e < EVENTS; e++) {
						event(event, id, e);
					}
				}
				rec.executeBatch();
				theme.executeBatch();
				asg.executeBatch();
				measure.executeBatch();
				event.executeBatch();
			}
		}

		private void assignment(PreparedStatement asg, PreparedStatement measure, long recId, int index,
				LocalDate decided) throws SQLException {
			long id = recId * ASSIGNMENTS + index;
			String state = STATES[random.nextInt(STATES.length)];
			boolean responded = !state.equals("ROUTED") && !state.equals("RESPONSE_DUE");
			String decision = responded ? DECISIONS[random.nextInt(DECISIONS.length)] : null;
			LocalDate dispatched = decided.plusDays(2);
			LocalDate received = dispatched.plusDays(3);
			asg.setLong(1, id);
			asg.setLong(2, recId);
			asg.setString(3, "ORG-" + random.nextInt(40));
			asg.setBoolean(4, index == 0);
			asg.setString(5, state);
			asg.setDate(6, Date.valueOf(dispatched));
			asg.setString(7, "D-" + id);
			asg.setDate(8, Date.valueOf(received));
			asg.setDate(9, Date.valueOf(received.plusDays(90)));
			asg.setString(10, decision);
			asg.setDate(11, responded ? Date.valueOf(received.plusDays(10 + random.nextInt(120))) : null);
			asg.setDate(12, state.equals("IMPLEMENTED") ? Date.valueOf(received.plusDays(200)) : null);
			asg.setString(13, state.equals("CLOSED") ? "IMPLEMENTED_VERIFIED" : null);
			asg.addBatch();
			if (responded && !"NOT_ACCEPTED".equals(decision)) {
				measure.setLong(1, id);
				measure.setLong(2, id);
				measure.setDate(3, Date.valueOf(received.plusDays(100 + random.nextInt(400))));
				measure.setString(4, state.equals("IN_IMPLEMENTATION") ? "IN_PROGRESS" : "DONE");
				measure.addBatch();
			}
		}

		private void event(PreparedStatement statement, long recId, int index) throws SQLException {
			AuditEvent event = new AuditEvent(recId, index < 5 ? null : recId * ASSIGNMENTS + index % ASSIGNMENTS,
					"report_progress", "IN_IMPLEMENTATION", "IN_IMPLEMENTATION");
			event.seq = ++seq;
			event.actorUserId = "bench";
			event.actorRole = "ADDRESSEE_CONTACT";
			event.occurredAt = Instant.parse("2027-01-01T00:00:00Z").plusSeconds(seq);
			event.reason = "progress " + index;
			event.prevHash = lastHash;
			event.hash = AuditChain.hash(event);
			lastHash = event.hash;
			statement.setLong(1, event.seq);
			statement.setLong(2, recId);
			statement.setObject(3, event.assignmentId);
			statement.setString(4, event.action);
			statement.setString(5, event.fromState);
			statement.setString(6, event.toState);
			statement.setString(7, event.actorUserId);
			statement.setString(8, event.actorRole);
			statement.setTimestamp(9, Timestamp.from(event.occurredAt));
			statement.setString(10, event.reason);
			statement.setString(11, event.prevHash);
			statement.setString(12, event.hash);
			statement.addBatch();
		}

	}

}
