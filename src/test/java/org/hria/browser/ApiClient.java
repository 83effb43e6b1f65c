package org.hria.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The JSON API of the running test server with HTTP Basic, for the set-up steps of browser tests. */
public final class ApiClient {

	private final int port;

	private final JsonMapper json;

	public ApiClient(int port, JsonMapper json) {
		this.port = port;
		this.json = json;
	}

	@SuppressWarnings("unchecked")
	public Map<String, Object> call(String user, String password, String method, String path, Object body)
			throws Exception {
		return json.readValue(send(user, password, method, path, body), Map.class);
	}

	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> list(String user, String password, String path) throws Exception {
		return json.readValue(send(user, password, "GET", path, null), List.class);
	}

	/** The answer's body; fails the test unless the status is 2xx. */
	public String send(String user, String password, String method, String path, Object body) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
		return response.body();
	}

}
