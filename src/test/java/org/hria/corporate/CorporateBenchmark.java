package org.hria.corporate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.hria.HriaApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scoring of 1,000 assessments of 72 items (three rule evaluations each) against parsing the same
 * CSV files alone. Run with {@code ./mvnw -Pbench verify -Dbench=corporate}; prints, never asserts.
 */
public final class CorporateBenchmark {

	private static final int ASSESSMENTS = 1_000;

	private static final int WARM_UP_ROUNDS = 3;

	private static final int MEASURED_ROUNDS = 5;

	private CorporateBenchmark() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HriaApplication.class)
			.web(WebApplicationType.SERVLET)
			// Command-line arguments outrank application.properties (default properties would not).
			.run("--spring.datasource.url=jdbc:h2:mem:corporate-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
					"--hria.rules-poll=1h", "--logging.level.root=WARN", "--server.port=0")) {
			run(context.getBean(ChecklistStore.class).current(), context.getBean(AssessmentScorer.class));
		}
	}

	private static void run(Checklist checklist, AssessmentScorer scorer) {
		List<byte[]> files = files(checklist, new Random(42));
		List<AssessmentInput> inputs = files.stream().map(CsvAssessmentReader::read).toList();
		List<List<ItemAnswer>> answers = inputs.stream()
			.map(input -> AnswerInterpreter.interpret(checklist, input, true)).toList();
		long checksum = 0;
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			checksum += parse(files) + score(checklist, scorer, inputs, answers);
		}
		long[] parse = new long[MEASURED_ROUNDS];
		long[] interpret = new long[MEASURED_ROUNDS];
		long[] scoring = new long[MEASURED_ROUNDS];
		for (int round = 0; round < MEASURED_ROUNDS; round++) {
			long start = System.nanoTime();
			checksum += parse(files);
			parse[round] = System.nanoTime() - start;
			start = System.nanoTime();
			for (AssessmentInput input : inputs) {
				checksum += AnswerInterpreter.interpret(checklist, input, true).size();
			}
			interpret[round] = System.nanoTime() - start;
			start = System.nanoTime();
			checksum += score(checklist, scorer, inputs, answers);
			scoring[round] = System.nanoTime() - start;
		}
		System.out.printf("Corporate benchmark: %d assessments of %d items, %d warm-up rounds, median of %d rounds%n",
				ASSESSMENTS, checklist.items().size(), WARM_UP_ROUNDS, MEASURED_ROUNDS);
		System.out.printf("  baseline, parse the CSV alone (decode + OpenCSV): %8.1f us per assessment%n", perItem(parse));
		System.out.printf("  check the answers against the checklist:          %8.1f us per assessment%n", perItem(interpret));
		System.out.printf("  score (3 rule evaluations, exact arithmetic):     %8.1f us per assessment%n", perItem(scoring));
		System.out.printf("  scoring / parsing: %.1f x   (checksum %d)%n", perItem(scoring) / perItem(parse), checksum);
	}

	private static long parse(List<byte[]> files) {
		long rows = 0;
		for (byte[] file : files) {
			rows += CsvAssessmentReader.read(file).answers().size();
		}
		return rows;
	}

	private static long score(Checklist checklist, AssessmentScorer scorer, List<AssessmentInput> inputs,
			List<List<ItemAnswer>> answers) {
		long gaps = 0;
		for (int i = 0; i < inputs.size(); i++) {
			gaps += scorer.score(checklist, inputs.get(i), answers.get(i), null, null).report().gaps().size();
		}
		return gaps;
	}

	private static double perItem(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1_000.0 / ASSESSMENTS;
	}

	/** Varied but valid answers: mostly 2 with evidence, some 1 and 0, NA with a reason where allowed. */
	private static List<byte[]> files(Checklist checklist, Random random) {
		List<byte[]> files = new ArrayList<>();
		for (int n = 0; n < ASSESSMENTS; n++) {
			StringBuilder csv = new StringBuilder(String.join(",", CsvAssessmentReader.HEADER)).append('\n');
			for (ChecklistItem item : checklist.items()) {
				int roll = random.nextInt(10);
				String answer = item.naAllowed() && roll == 0 ? "NA" : roll < 6 ? "2" : roll < 8 ? "1" : "0";
				if (item.scale().equals(ChecklistItem.SCALE_YN) && answer.equals("1")) {
					answer = "yes";
				}
				String evidence = random.nextInt(20) == 0 ? "" : "evidence/" + item.itemId() + ".pdf";
				String comment = answer.equals("NA") ? "not applicable this year" : "";
				csv.append("BENCH-").append(n).append(",Benchmark Corporation ").append(n).append(",2026,")
					.append(item.itemId()).append(',').append(answer).append(',').append(evidence).append(',')
					.append(comment).append('\n');
			}
			files.add(csv.toString().getBytes(StandardCharsets.UTF_8));
		}
		return files;
	}

}
