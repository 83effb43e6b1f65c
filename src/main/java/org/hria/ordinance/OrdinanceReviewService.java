package org.hria.ordinance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reviews drafts and stores each review with its rule-set version; compares a new version with the previous one. */
@Service
class OrdinanceReviewService {

	private final OrdinanceReviewer reviewer;

	private final OrdinanceReviewRepository reviews;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	OrdinanceReviewService(OrdinanceReviewer reviewer, OrdinanceReviewRepository reviews, JsonMapper json,
			PlatformTransactionManager transactionManager) {
		this.reviewer = reviewer;
		this.reviews = reviews;
		this.json = json;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	String read(String filename, byte[] bytes) {
		return DraftReader.read(filename, bytes);
	}

	OrdinanceReviewer.Review check(String text, String language, String preAnnouncement) {
		if (text == null || text.isBlank()) {
			throw DraftInputException.unprocessable("The draft text is empty. Paste the text of the ordinance or upload its file.");
		}
		if (language != null && !language.isBlank() && !Set.of("ko", "en").contains(language)) {
			throw new DraftInputException(HttpStatus.BAD_REQUEST,
					"The language '" + language + "' is not supported. Use ko or en, or leave it out to detect it.");
		}
		return reviewer.review(text, language, preAnnouncement);
	}

	/** Reviews first, then stores in a short transaction: a review holds no database connection. */
	ReviewAnswer submit(Submission submission, String user) {
		OrdinanceReviewer.Review review = check(submission.text(), submission.language(), submission.preAnnouncement());
		String title = submission.title() == null || submission.title().isBlank() ? firstLine(review.text())
				: submission.title().strip();
		Serialised serialised = new Serialised(json.writeValueAsString(review.articles()),
				new SerialisedFindings(review.findings(), json.writeValueAsString(review.findings())),
				review.findings().stream().map(Finding::id).collect(Collectors.joining("\n")));
		return transactions.execute(status -> store(submission, user, review, title, serialised));
	}

	/** The stored forms of a review's articles, findings and finding ids. */
	private record Serialised(String articles, SerialisedFindings findings, String findingIds) {
	}

	private ReviewAnswer store(Submission submission, String user, OrdinanceReviewer.Review review, String title,
			Serialised serialised) {
		Optional<OrdinanceReviewRepository.EarlierVersion> previous = previous(submission.previousReviewId(), title);
		OrdinanceReview stored = reviews.save(new OrdinanceReview(user, truncate(title), review.language(),
				review.ruleSetVersion(), previous.map(OrdinanceReviewRepository.EarlierVersion::getId).orElse(null), review.text(),
				serialised.articles(), serialised.findings().json(), serialised.findingIds()));
		return answer(stored, review.articles(), serialised.findings(), previous);
	}

	@Transactional(readOnly = true)
	Optional<ReviewAnswer> find(long id) {
		return reviews.findById(id).map(stored -> answer(stored,
				Optional.ofNullable(stored.getPreviousReviewId()).flatMap(reviews::findEarlierVersionById)));
	}

	@Transactional(readOnly = true)
	Optional<String> text(long id) {
		return reviews.findById(id).map(OrdinanceReview::getDraftText);
	}

	@Transactional(readOnly = true)
	List<ReviewAnswer> recent() {
		List<Long> ids = reviews.findLatestIds(PageRequest.of(0, 50));
		Map<Long, OrdinanceReview> byId = reviews.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(OrdinanceReview::getId, Function.identity()));
		return ids.stream().map(byId::get).map(stored -> answer(stored, Optional.empty())).toList();
	}

	/** The latest later version of this review's draft, following the chain of new versions. */
	@Transactional(readOnly = true)
	Optional<ReviewAnswer> latestVersionAfter(long id) {
		Optional<Long> next = first(reviews.findLatestIdsByPreviousReviewId(id, PageRequest.of(0, 1)));
		Optional<Long> later = Optional.empty();
		for (int steps = 0; next.isPresent() && steps < 1000; steps++) {
			later = next;
			next = first(reviews.findLatestIdsByPreviousReviewId(next.get(), PageRequest.of(0, 1)));
		}
		return later.flatMap(reviews::findById).map(stored -> answer(stored, Optional.empty()));
	}

	long count() {
		return reviews.count();
	}

	private Optional<OrdinanceReviewRepository.EarlierVersion> previous(Long previousReviewId, String title) {
		if (previousReviewId != null) {
			return Optional.of(reviews.findEarlierVersionById(previousReviewId)
				.orElseThrow(() -> DraftInputException.unprocessable("There is no review " + previousReviewId
						+ " to compare with. Leave previousReviewId out or use the id of an earlier review.")));
		}
		return reviews.findLatestVersionsByTitle(truncate(title), PageRequest.of(0, 1)).stream().findFirst();
	}

	private static Optional<Long> first(List<Long> ids) {
		return ids.stream().findFirst();
	}

	private ReviewAnswer answer(OrdinanceReview stored, Optional<OrdinanceReviewRepository.EarlierVersion> previous) {
		return answer(stored, json.readValue(stored.getArticlesJson(),
				new TypeReference<List<OrdinanceReviewer.ArticleSummary>>() {
				}), findings(stored.getFindingsJson()), previous);
	}

	/** The answer from what was just stored, without reading back its JSON. */
	private ReviewAnswer answer(OrdinanceReview stored, List<OrdinanceReviewer.ArticleSummary> articles,
			List<Finding> findings, Optional<OrdinanceReviewRepository.EarlierVersion> previous) {
		ReviewAnswer.Comparison comparison = previous.map(before -> compare(before, findings)).orElse(null);
		return new ReviewAnswer(stored.getId(), stored.getTitle(), stored.getLanguage(), stored.getRuleSetVersion(),
				stored.getCreatedAt(), stored.getCreatedBy(), articles, findings, comparison);
	}

	private ReviewAnswer.Comparison compare(OrdinanceReviewRepository.EarlierVersion before, List<Finding> now) {
		Set<String> nowIds = now.stream().map(Finding::id).collect(Collectors.toSet());
		Set<String> earlierIds = earlierIds(before);
		boolean anyResolved = !nowIds.containsAll(earlierIds);
		List<Finding> resolved = anyResolved
				? findings(findingsJson(before)).stream().filter(f -> !nowIds.contains(f.id())).toList() : List.of();
		return new ReviewAnswer.Comparison(before.getId(), resolved,
				now.stream().map(Finding::id).filter(id -> !earlierIds.contains(id)).toList(),
				now.stream().map(Finding::id).filter(earlierIds::contains).toList());
	}

	/** The earlier review's finding ids, from their own column when it was stored with them. */
	private Set<String> earlierIds(OrdinanceReviewRepository.EarlierVersion before) {
		if (before.getFindingIds() == null) {
			return findings(findingsJson(before)).stream().map(Finding::id).collect(Collectors.toSet());
		}
		return before.getFindingIds().isEmpty() ? Set.of() : Set.of(before.getFindingIds().split("\n"));
	}

	private String findingsJson(OrdinanceReviewRepository.EarlierVersion before) {
		return reviews.findFindingsJsonById(before.getId());
	}

	private List<Finding> findings(String stored) {
		return json.readValue(stored, new TypeReference<List<Finding>>() {
		});
	}

	private static String firstLine(String text) {
		return text.strip().lines().findFirst().orElse("(untitled)");
	}

	private static String truncate(String title) {
		return title.length() > 300 ? title.substring(0, 300) : title;
	}

	/** What a drafter sends: the text and its metadata. */
	record Submission(String title, String language, String text, String preAnnouncement, Long previousReviewId) {
	}

}
