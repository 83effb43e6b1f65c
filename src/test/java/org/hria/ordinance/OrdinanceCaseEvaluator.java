package org.hria.ordinance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.stream.Stream;

import org.hria.cases.CaseEvaluator;
import org.hria.cases.CaseOutcome;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ordinance cases: {@code input.json} holds {@code {"title","language","text","preAnnouncement"}};
 * or a draft file ({@code draft.txt|pdf|hwp|hwpx|docx}) with an optional {@code input.json} for
 * the metadata. Files go through the same reader as uploads.
 */
@Component
class OrdinanceCaseEvaluator implements CaseEvaluator {

	private final OrdinanceReviewService reviews;

	private final JsonMapper json;

	OrdinanceCaseEvaluator(OrdinanceReviewService reviews, JsonMapper json) {
		this.reviews = reviews;
		this.json = json;
	}

	@Override
	public String domain() {
		return OrdinanceReviewer.DOMAIN;
	}

	@Override
	public CaseOutcome evaluate(Path caseDirectory) throws Exception {
		Path inputFile = caseDirectory.resolve("input.json");
		JsonNode input = Files.isRegularFile(inputFile) ? json.readTree(inputFile.toFile()) : json.createObjectNode();
		String language = text(input, "language");
		String preAnnouncement = text(input, "preAnnouncement");
		String text = text(input, "text");
		try (Stream<Path> files = Files.list(caseDirectory)) {
			Path draft = files.filter(file -> file.getFileName().toString().startsWith("draft.")).findFirst().orElse(null);
			if (draft != null) {
				text = reviews.read(draft.getFileName().toString(), Files.readAllBytes(draft));
			}
		}
		OrdinanceReviewer.Review review = reviews.check(text, language, preAnnouncement);
		List<String> fired = review.findings().stream().map(Finding::ruleId).toList();
		Map<String, List<String>> byArticle = new TreeMap<>();
		review.findings().forEach(finding -> byArticle.computeIfAbsent(finding.article(), k -> new ArrayList<>())
			.add(finding.ruleId() + ":" + finding.severity()));
		byArticle.values().forEach(Collections::sort);
		return new CaseOutcome(fired, Map.of("language", review.language(), "articles", review.articles(), "findings",
				review.findings(), "byArticle", byArticle));
	}

	private static String text(JsonNode input, String field) {
		return input.has(field) && !input.get(field).isNull() ? input.get(field).asString() : null;
	}

}
