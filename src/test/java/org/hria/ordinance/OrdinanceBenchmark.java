package org.hria.ordinance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.hria.HriaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./mvnw -Pbench verify -Dbench=ordinance}. (a) About 1 MB of English legal text reviewed
 * in one call, against alex 11.0.1 ({@code npx --yes alex@11.0.1 --quiet FILE}) and
 * {@code grep -c -i -E} with the English term list, in the same run. (b) Two 100-article Korean
 * drafts reviewed by 16 concurrent callers in process, then over HTTP on loopback with {@code wrk}
 * (see {@link OrdinanceWrk}; skipped when wrk is not installed): p50/p95. One is an ordinance of the
 * usual shape ({@code bench-ko-ordinance.txt}: general provisions, a plan, a committee, a centre,
 * support programmes; eight articles carry the red flags of the spec's worked examples), the other
 * a stress draft in which nearly every article is a red flag (about 200 findings, 170 KB of JSON per
 * answer). The app runs in this JVM on a free port with a temporary H2 file database. Prints
 * figures, never asserts.
 */
public final class OrdinanceBenchmark {

	private OrdinanceBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Files.createDirectories(Path.of("target/bench"));
		Path english = work.resolve("ordinance-en-1mb.txt");
		Files.writeString(english, englishText(1_000_000), StandardCharsets.UTF_8);
		double megabytes = Files.size(english) / 1_000_000.0;
		System.out.printf("Input: %s, %.2f MB (US Constitution Art. 1 and Amendments I-X, public domain, plus a synthetic city-code chapter, repeated with renumbered sections)%n",
				english, megabytes);
		System.out.println("Load average at start (the machine may be shared): " + Files.readString(Path.of("/proc/loadavg")).strip());
		Path database = Files.createTempDirectory("hria-ordinance-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HriaApplication.class)
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + database + "/hria;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
					"--hria.rules-poll=1h", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			OrdinanceReviewer reviewer = context.getBean(OrdinanceReviewer.class);
			String text = Files.readString(english);
			double hria = englishThroughput(reviewer, text, megabytes);
			double grep = grep(english, megabytes);
			double alex = alex(english, megabytes);
			System.out.printf("%nRatios: hria/alex = %s, hria/grep = %.2f (goal: >= 100x alex, within 3x of grep)%n",
					alex > 0 ? String.format("%.0fx", hria / alex) : "n/a (alex did not run)", hria / grep);
			String ordinance = koreanBenchOrdinance();
			String stress = koreanOrdinance(100);
			koreanLatency(reviewer, "ordinance of the usual shape", ordinance);
			koreanLatency(reviewer, "stress draft, a red flag in nearly every article", stress);
			OrdinanceWrk.run(context, ordinance, stress, work, 30);
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(database);
		}
	}

	/** Warms up for 20 s (the JIT was still compiling after five reviews), then the median of 15. */
	private static double englishThroughput(OrdinanceReviewer reviewer, String text, double megabytes) {
		for (long end = System.nanoTime() + 20_000_000_000L; System.nanoTime() < end;) {
			reviewer.review(text, "en", null);
		}
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		List<Long> times = new ArrayList<>();
		List<Long> cpu = new ArrayList<>();
		int findings = 0;
		for (int i = 0; i < 15; i++) {
			long start = System.nanoTime();
			long startCpu = threads.getCurrentThreadCpuTime();
			findings = reviewer.review(text, "en", null).findings().size();
			times.add(System.nanoTime() - start);
			cpu.add(threads.getCurrentThreadCpuTime() - startCpu);
		}
		double seconds = median(times) / 1e9;
		double cpuSeconds = median(cpu) / 1e9;
		System.out.printf("hria: %.3f s per review (median of 15 after 20 s of warm-up), %.1f MB/s wall; %.3f s CPU of the reviewing thread, %.1f MB/s by CPU time; %d findings%n",
				seconds, megabytes / seconds, cpuSeconds, megabytes / cpuSeconds, findings);
		return megabytes / seconds;
	}

	private static double grep(Path file, double megabytes) throws Exception {
		String terms = englishTerms().stream().map(t -> t.replace("-", "\\-")).collect(Collectors.joining("|"));
		List<String> command = List.of("grep", "-c", "-i", "-E", "\\b(" + terms + ")\\b", file.toString());
		List<Long> times = new ArrayList<>();
		String output = "";
		for (int i = 0; i < 7; i++) {
			long start = System.nanoTime();
			output = run(command, 60);
			times.add(System.nanoTime() - start);
		}
		double seconds = median(times) / 1e9;
		System.out.printf("grep -c -i -E (%d English terms of the term table): %.3f s (median of 7, process start included), %.1f MB/s, %s matching lines%n",
				englishTerms().size(), seconds, megabytes / seconds, output.strip());
		return megabytes / seconds;
	}

	private static double alex(Path file, double megabytes) {
		try {
			Path empty = file.resolveSibling("empty.txt");
			Files.writeString(empty, "Hello.\n");
			// the first call may download alex; the second measures npx and node starting
			run(List.of("npx", "--yes", "alex@11.0.1", "--quiet", empty.toString()), 300);
			long start = System.nanoTime();
			run(List.of("npx", "--yes", "alex@11.0.1", "--quiet", empty.toString()), 300);
			double startup = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			String output = run(List.of("npx", "--yes", "alex@11.0.1", "--quiet", file.toString()), 600);
			double seconds = (System.nanoTime() - start) / 1e9;
			long warnings = output.lines().filter(line -> line.contains("warning")).count();
			double net = Math.max(seconds - startup, 0.001);
			System.out.printf("alex 11.0.1: %.1f s wall (%.1f s without npx/node start-up), %.3f MB/s net, %d warning lines%n",
					seconds, net, megabytes / net, warnings);
			return megabytes / net;
		}
		catch (Exception ex) {
			System.out.println("alex 11.0.1 could not be run (" + ex.getMessage() + ")");
			return -1;
		}
	}

	private static void koreanLatency(OrdinanceReviewer reviewer, String label, String text) throws Exception {
		for (int i = 0; i < 200; i++) {
			reviewer.review(text, "ko", null);
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<List<Long>>> clients = new ArrayList<>();
		long wall = System.nanoTime();
		for (int c = 0; c < 16; c++) {
			clients.add(pool.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				for (int i = 0; i < 25; i++) {
					long start = System.nanoTime();
					reviewer.review(text, "ko", null);
					latencies.add(System.nanoTime() - start);
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> client : clients) {
			all.addAll(client.get());
		}
		wall = System.nanoTime() - wall;
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		Collections.sort(all);
		System.out.printf("Korean 100 articles, %s (%d chars, %d findings), 16 concurrent callers in process, %d reviews: p50 %.1f ms, p95 %.1f ms, %.0f reviews/s (no HTTP)%n",
				label, text.length(), reviewer.review(text, "ko", null).findings().size(), all.size(),
				all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.95)) / 1e6, all.size() / (wall / 1e9));
	}

	static String englishText(int bytes) throws IOException {
		String base = new String(OrdinanceBenchmark.class.getResourceAsStream("/ordinance/bench-en-base.txt").readAllBytes(),
				StandardCharsets.UTF_8);
		StringBuilder out = new StringBuilder();
		for (int chapter = 1; out.length() < bytes; chapter++) {
			out.append(base.replace("CHAPTER 12.", "CHAPTER " + chapter + ".").replace("Sec. 12-", "Sec. " + chapter + "-"))
				.append('\n');
		}
		return out.toString();
	}

	/** A 100-article ordinance of the usual shape (see the class comment). */
	static String koreanBenchOrdinance() throws IOException {
		return new String(OrdinanceBenchmark.class.getResourceAsStream("/ordinance/bench-ko-ordinance.txt").readAllBytes(),
				StandardCharsets.UTF_8);
	}

	/** The stress draft: 100 articles, five of every six a red flag. */
	static String koreanOrdinance(int articles) {
		StringBuilder out = new StringBuilder("○○시 주민 복지 지원 조례(안)\n");
		String[] samples = { "센터는 대한민국 국적을 가진 사람으로서 시에 주민등록을 둔 사람만 이용할 수 있다.",
				"① 시장은 정신질환자 및 감염병 환자의 시설 이용을 제한할 수 있다. ② 시장은 제1항에 따라 이용을 제한하는 경우 즉시 퇴거를 명할 수 있다.",
				"① 지원을 받으려는 사람은 신청서에 주민등록번호, 병력 및 가족관계증명서를 첨부하여 제출하여야 한다. ② 제출된 자료는 영구 보존한다.",
				"시장은 노인의 여가 활동을 위하여 복지관을 운영하고, 이용 방법을 누리집에 안내한다.",
				"미망인 및 편부모가정의 자녀는 우선 지원한다.", "이 조례는 주민의 복지 증진에 관한 사항을 정함을 목적으로 한다." };
		for (int i = 1; i <= articles; i++) {
			out.append("제").append(i).append("조(조문 ").append(i).append(") ").append(samples[i % samples.length]).append('\n');
		}
		return out.toString();
	}

	private static List<String> englishTerms() throws IOException {
		List<String> terms = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("rules/ordinance/terms-en.drl.csv"))) {
			String[] cells = line.split(",");
			if (cells.length > 5 && "term".equals(cells[3]) && !cells[5].startsWith("re:")) {
				terms.add(cells[5]);
			}
		}
		return terms;
	}

	private static String run(List<String> command, int timeoutSeconds) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(command.get(0) + " timed out");
		}
		return new String(output, StandardCharsets.UTF_8);
	}

	private static double median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
