package org.hria.survey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.hria.account.Role;
import org.hria.web.TestUsers;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The HTTP part of the survey benchmark: an inspector uploads the same generated survey to
 * {@code POST /api/surveys} of the running app on loopback, one upload after another; the first
 * upload is the first one the web layer and the database see. Prints each answer's time and status.
 */
final class SurveyHttpRun {

	private static final String USER = "bench-inspector";

	private static final String PASSWORD = "bench-password-1";

	private SurveyHttpRun() {
	}

	static void run(ConfigurableApplicationContext context, Path survey, int facilities, int uploads) throws Exception {
		context.getBean(TestUsers.class).ensure(USER, PASSWORD, Set.of(Role.INSPECTOR));
		String port = context.getEnvironment().getProperty("local.server.port");
		HttpClient client = HttpClient.newHttpClient();
		String boundary = "hria-bench-" + System.nanoTime();
		byte[] body = multipart(boundary, survey);
		List<String> times = new ArrayList<>();
		for (int i = 0; i < uploads; i++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/surveys"))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			long start = System.nanoTime();
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			double seconds = (System.nanoTime() - start) / 1e9;
			times.add(String.format("%.2f s (%d, %,d bytes)", seconds, response.statusCode(), response.body().length));
		}
		System.out.printf("  HTTP upload of %,d facilities (%.1f MB CSV, stored in an H2 file database), one after another: %s (goal: within 5 s)%n",
				facilities, Files.size(survey) / 1e6, String.join("; ", times));
	}

	private static byte[] multipart(String boundary, Path survey) throws Exception {
		StringBuilder head = new StringBuilder();
		for (String[] field : new String[][] { { "kind", "POLLING_STATION" }, { "title", "HTTP benchmark" } }) {
			head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
				.append("\"\r\n\r\n").append(field[1]).append("\r\n");
		}
		head.append("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"survey.csv\"\r\nContent-Type: text/csv\r\n\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = Files.readAllBytes(survey);
		byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[start.length + file.length + end.length];
		System.arraycopy(start, 0, all, 0, start.length);
		System.arraycopy(file, 0, all, start.length, file.length);
		System.arraycopy(end, 0, all, start.length + file.length, end.length);
		return all;
	}

}
