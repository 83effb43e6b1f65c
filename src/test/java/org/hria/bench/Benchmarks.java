package org.hria.bench;

import java.util.Arrays;

/**
 * Runs one named benchmark: {@code ./mvnw -Pbench verify -Dbench=<name>} runs the main method of
 * {@code org.hria.<name>.<Name>Benchmark} (for example {@code -Dbench=rules} runs
 * {@code org.hria.rules.RulesBenchmark}). Benchmarks print their figures; they never assert.
 */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		String name = args.length == 0 ? "rules" : args[0];
		String main = "org.hria." + name + "." + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Benchmark";
		Class<?> benchmark;
		try {
			benchmark = Class.forName(main);
		}
		catch (ClassNotFoundException ex) {
			System.err.println("Unknown benchmark '" + name + "': no class " + main);
			System.exit(2);
			return;
		}
		benchmark.getMethod("main", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
	}

}
