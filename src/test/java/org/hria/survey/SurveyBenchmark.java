package org.hria.survey;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;

import org.hria.HriaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./mvnw -Pbench verify -Dbench=survey} (the app starts on a random port with a temporary
 * H2 file database): generates a long CSV of 10,000 polling stations
 * with every polling-station criterion (~60 each), then checks it end to end without HTTP
 * (decode, parse, rules, verdicts, facility by facility; nothing is stored) and, in the same run,
 * parses it with OpenCSV doing nothing else. Prints the ratio, facilities per second and the peak
 * heap of each phase, and the reading part alone (CSV, units, facilities, no rules) to show where
 * the time goes; a run on 2,000 facilities shows whether the heap grows with the number of facilities.
 * Both sides are first warmed up (JIT) on the full file twenty times, then each is run seven
 * times, interleaved, and the median is reported. Last, a 1,000-facility survey
 * is uploaded over HTTP five times ({@link SurveyHttpRun}).
 */
public final class SurveyBenchmark {

	private SurveyBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int facilities = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path small = generate(facilities / 5);
		Path large = generate(facilities);
		Path upload = generate(1_000);
		Path database = Files.createTempDirectory("hria-survey-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HriaApplication.class)
			// Command-line arguments outrank application.properties (default properties would not).
			.run("--spring.datasource.url=jdbc:h2:file:" + database + "/hria;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
					"--hria.rules-poll=1h", "--logging.level.root=WARN", "--server.port=0", "--hria.admin-password=benchmark-only")) {
			SurveyChecker checker = context.getBean(SurveyChecker.class);
			for (int warmUp = 0; warmUp < WARM_UPS; warmUp++) {
				check(checker, large);
				check(null, large);
				parseOnly(large);
			}
			System.out.printf("survey benchmark: %d facilities x %d criteria (%d rows, %.1f MB), median of %d runs after %d warm-ups%n",
					facilities, Criteria.catalogue().forKind(FacilityKind.POLLING_STATION).size(), rows(large),
					Files.size(large) / 1e6, RUNS, WARM_UPS);
			List<Phase> parses = new java.util.ArrayList<>();
			List<Phase> reads = new java.util.ArrayList<>();
			List<Phase> fulls = new java.util.ArrayList<>();
			for (int run = 0; run < RUNS; run++) {
				parses.add(parseOnly(large));
				reads.add(check(null, large));
				fulls.add(check(checker, large));
			}
			Phase parse = Phase.median(parses);
			Phase read = Phase.median(reads);
			Phase full = Phase.median(fulls);
			Phase smallRun = check(checker, small);
			System.out.printf("  OpenCSV parse only : %6.2f s wall, %6.2f s CPU, peak heap %4d MB%n", parse.seconds,
					parse.cpuSeconds, parse.peakMb);
			System.out.printf("  reading, no rules  : %6.2f s wall, %6.2f s CPU (CSV, units, facilities)%n",
					read.seconds, read.cpuSeconds);
			System.out.printf("  end-to-end check   : %6.2f s wall, %6.2f s CPU, peak heap %4d MB, %,.0f facilities/s, verdicts %s%n",
					full.seconds, full.cpuSeconds, full.peakMb, facilities / full.seconds, full.verdicts);
			System.out.printf("  ratio check/parse  : %6.1f x wall, %6.1f x CPU (goal: within 3 x; CPU of all threads)%n",
					full.seconds / parse.seconds, full.cpuSeconds / parse.cpuSeconds);
			System.out.printf("  peak heap used (garbage included) with %d facilities: %d MB; with %d: %d MB%n",
					facilities / 5, smallRun.peakMb, facilities, full.peakMb);
			System.out.printf("  live heap after GC, every 1,000 facilities: %s MB (streaming: flat)%n",
					liveHeapProbe(checker, large));
			SurveyHttpRun.run(context, upload, 1_000, 5);
		}
		finally {
			Files.deleteIfExists(small);
			Files.deleteIfExists(large);
			Files.deleteIfExists(upload);
			org.springframework.util.FileSystemUtils.deleteRecursively(database);
		}
	}

	/**
	 * Wall-clock seconds, CPU seconds of the whole process (the rules run on worker threads beside the
	 * reader, and the garbage collector has its own), peak heap.
	 */
	private record Phase(double seconds, double cpuSeconds, long peakMb, Map<String, Integer> verdicts) {

		/** Median wall and CPU time of the runs (each sorted on its own), the highest peak heap. */
		static Phase median(List<Phase> runs) {
			double[] walls = runs.stream().mapToDouble(Phase::seconds).sorted().toArray();
			double[] cpus = runs.stream().mapToDouble(Phase::cpuSeconds).sorted().toArray();
			long peak = runs.stream().mapToLong(Phase::peakMb).max().orElse(0);
			return new Phase(walls[walls.length / 2], cpus[cpus.length / 2], peak, runs.get(0).verdicts());
		}

	}

	/**
	 * The JIT needs many passes over the full file before the times settle: the check took 3.4 s on
	 * its first pass, 0.9 s on its tenth and about 0.5 s from its twentieth (5 passes were not enough).
	 */
	private static final int WARM_UPS = 20;

	private static final int RUNS = 7;

	private static double cpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
	}

	/** Decode, parse, units, facilities and, unless {@code checker} is null, rules and verdicts. */
	private static Phase check(SurveyChecker checker, Path file) throws IOException {
		Map<String, Integer> verdicts = new TreeMap<>();
		InputErrors errors = new InputErrors();
		resetPeaks();
		long start = System.nanoTime();
		double cpu = cpuSeconds();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			FacilityBatch batch = checker == null ? null
					: new FacilityBatch(checker, result -> verdicts.merge(result.verdict(), 1, Integer::sum));
			CsvSurveyReader.read(reader, new FacilityAssembler("kr", FacilityKind.POLLING_STATION, errors,
					batch == null ? facility -> verdicts.merge("read", 1, Integer::sum) : batch), errors);
			if (batch != null) {
				batch.flush();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (errors.any()) {
			throw new IllegalStateException("generated file has errors: " + errors.list());
		}
		return new Phase(seconds, cpuSeconds() - cpu, peakMb(), verdicts);
	}

	/** A separate, untimed pass: the heap still in use after a GC, each time 1,000 more facilities are done. */
	private static List<Long> liveHeapProbe(SurveyChecker checker, Path file) throws IOException {
		List<Long> live = new java.util.ArrayList<>();
		int[] done = { 0 };
		InputErrors errors = new InputErrors();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			FacilityBatch batch = new FacilityBatch(checker, result -> {
				if (++done[0] % 1000 == 0) {
					System.gc();
					live.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
				}
			});
			CsvSurveyReader.read(reader, new FacilityAssembler("kr", FacilityKind.POLLING_STATION, errors, batch),
					errors);
			batch.flush();
		}
		return live;
	}

	private static Phase parseOnly(Path file) throws Exception {
		resetPeaks();
		long start = System.nanoTime();
		double cpu = cpuSeconds();
		long rows = 0;
		try (CSVReader csv = new CSVReaderBuilder(Files.newBufferedReader(file, StandardCharsets.UTF_8))
			.withCSVParser(new RFC4180ParserBuilder().build())
			.build()) {
			while (csv.readNext() != null) {
				rows++;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Phase(seconds, cpuSeconds() - cpu, peakMb(), Map.of("rows", (int) rows));
	}

	private static Path generate(int facilities) throws IOException {
		Path file = Files.createTempFile("survey-bench-", ".csv");
		List<Criterion> criteria = Criteria.catalogue().forKind(FacilityKind.POLLING_STATION);
		Random random = new Random(42);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("facility_id,facility_name,criterion,value,unit,note\n");
			for (int i = 0; i < facilities; i++) {
				String prefix = "PS-" + i + ",Polling station " + i + ",";
				for (Criterion criterion : criteria) {
					out.write(prefix + criterion.id() + "," + value(criterion, random) + ",\n");
				}
			}
		}
		return file;
	}

	private static String value(Criterion criterion, Random random) {
		return switch (criterion.dimension()) {
			case LENGTH -> (400 + random.nextInt(2400)) + ",mm";
			case SLOPE -> "1:" + (8 + random.nextInt(45)) + ",";
			case FORCE -> (10 + random.nextInt(30)) + ",N";
			case COUNT -> (criterion.id().equals("service.floor") ? 1 + random.nextInt(2) : random.nextInt(120)) + ",";
			case BOOLEAN -> (random.nextInt(10) == 0 ? "no" : "yes") + ",";
		};
	}

	private static long rows(Path file) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return reader.lines().count() - 1;
		}
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakMb() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}

}
