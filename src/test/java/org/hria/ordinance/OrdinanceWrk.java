package org.hria.ordinance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hria.account.Role;
import org.hria.web.TestUsers;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Part (b) of the ordinance benchmark over HTTP: {@code wrk} (Debian package) POSTs a 100-article
 * Korean draft to {@code /api/ordinance-reviews} of the running app on loopback with 16 connections
 * and prints p50/p95 from wrk's latency distribution. A signed-in session first warms the server up
 * until its throughput settles (the JIT compiles the web, database and review code for minutes), then 30 s each: the
 * ordinance of the usual shape and the stress draft with a session, and the stress draft with HTTP
 * Basic (a BCrypt check per request).
 */
final class OrdinanceWrk {

	private static final String USER = "bench-drafter";

	private static final String PASSWORD = "bench-password-1";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private OrdinanceWrk() {
	}

	static void run(ConfigurableApplicationContext context, String ordinance, String stress, Path work, int seconds)
			throws Exception {
		if (!onPath("wrk")) {
			System.out.println("wrk is not installed (apt-get install wrk): the HTTP run is skipped");
			return;
		}
		context.getBean(TestUsers.class).ensure(USER, PASSWORD, Set.of(Role.DRAFTER));
		String port = context.getEnvironment().getProperty("local.server.port");
		String url = "http://127.0.0.1:" + port + "/api/ordinance-reviews";
		JsonMapper json = context.getBean(JsonMapper.class);
		Path usual = body(json, work, "ordinance-ko-100.json", "wrk benchmark ordinance", ordinance);
		Path dense = body(json, work, "ordinance-ko-100-stress.json", "wrk benchmark stress draft", stress);
		Map<String, String> session = signIn("http://127.0.0.1:" + port);
		warmUp(url, script(work, "warm-up", usual, session));
		wrk("ordinance of the usual shape, signed-in session", url, script(work, "session", usual, session), seconds, true);
		wrk("stress draft (a red flag in nearly every article), signed-in session", url,
				script(work, "session-stress", dense, session), seconds, true);
		String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		wrk("stress draft, HTTP Basic (BCrypt per request)", url,
				script(work, "basic-stress", dense, Map.of("Authorization", basic)), seconds, true);
	}

	/**
	 * 20 s runs until the throughput of two in a row differs by less than 5 % (at least eight, at most
	 * sixteen): on two cores the JIT went on compiling the web, database and review code for minutes,
	 * and throughput rose from about 250 to about 700 requests a second over the first two or three.
	 */
	private static void warmUp(String url, Path script) throws Exception {
		double last = 0;
		StringBuilder rates = new StringBuilder();
		for (int run = 1; run <= 16; run++) {
			double rate = requestsPerSecond(wrk("warm-up", url, script, 20, false));
			rates.append(String.format("%s%.0f", run == 1 ? "" : ", ", rate));
			if (run >= 8 && Math.abs(rate - last) < 0.05 * last) {
				break;
			}
			last = rate;
		}
		System.out.printf("%nwarm-up, 20 s runs until the throughput settles: %s requests/s%n", rates);
	}

	private static double requestsPerSecond(String wrkOutput) {
		Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(wrkOutput);
		return m.find() ? Double.parseDouble(m.group(1)) : 0;
	}

	private static Path body(JsonMapper json, Path work, String file, String title, String draft) throws IOException {
		Path body = work.resolve(file);
		Files.writeString(body, json.writeValueAsString(Map.of("title", title, "language", "ko", "text", draft)));
		return body;
	}

	private static String wrk(String label, String url, Path script, int seconds, boolean report) throws Exception {
		List<String> command = List.of("wrk", "-t2", "-c16", "-d" + seconds + "s", "--timeout", "20s", "-s",
				script.toString(), url);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(seconds + 60L, TimeUnit.SECONDS);
		if (!report) {
			return output;
		}
		System.out.printf("%nwrk -t2 -c16 -d%ds, %s, POST %s, load average after: %s%n%s",
				seconds, label, url, loadAverage(), output);
		return output;
	}

	private static Path script(Path work, String name, Path body, Map<String, String> headers) throws IOException {
		StringBuilder lua = new StringBuilder("wrk.method = \"POST\"\n")
			.append("local f = io.open(\"").append(body.toAbsolutePath()).append("\", \"rb\")\n")
			.append("wrk.body = f:read(\"*a\")\nf:close()\n")
			.append("wrk.headers[\"Content-Type\"] = \"application/json\"\n");
		headers.forEach((name2, value) -> lua.append("wrk.headers[\"").append(name2).append("\"] = \"").append(value).append("\"\n"));
		lua.append("done = function(summary, latency, requests)\n")
			.append("  io.write(string.format(\"requests %d, errors (status >= 400 or socket) %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\\n\",\n")
			.append("    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,\n")
			.append("    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))\n")
			.append("end\n");
		Path file = work.resolve("ordinance-wrk-" + name + ".lua");
		Files.writeString(file, lua);
		return file;
	}

	/** Signs in through the login form; the session cookie and its CSRF token for the API calls. */
	private static Map<String, String> signIn(String base) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String form = "username=" + USER + "&password=" + PASSWORD + "&_csrf=" + csrf(login);
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/ordinance-reviews")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String cookie = ((java.net.CookieManager) client.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("JSESSIONID"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("sign-in failed"))
			.toString();
		return Map.of("Cookie", cookie, "X-CSRF-TOKEN", csrf(page));
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return m.group(1);
	}

	private static String loadAverage() throws IOException {
		return Files.readString(Path.of("/proc/loadavg")).strip();
	}

	private static boolean onPath(String program) {
		return Files.isExecutable(Path.of("/usr/bin/" + program)) || Files.isExecutable(Path.of("/usr/local/bin/" + program));
	}

}
