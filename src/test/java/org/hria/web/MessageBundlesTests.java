package org.hria.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Korean and English must offer the same keys, so no page falls back half-way. */
class MessageBundlesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	@Test
	void koreanAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> korean = keys("messages_ko.properties");
		Set<String> english = keys("messages_en.properties");
		assertThat(difference(korean, english)).as("keys in messages_ko.properties missing from messages_en.properties")
			.isEmpty();
		assertThat(difference(english, korean)).as("keys in messages_en.properties missing from messages_ko.properties")
			.isEmpty();
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : new String[] { "messages_ko.properties", "messages_en.properties" }) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames()).as("empty messages in %s", bundle)
				.allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
		}
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> missing = new TreeSet<>(a);
		missing.removeAll(b);
		return missing;
	}

	private static Set<String> keys(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(bundle)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
