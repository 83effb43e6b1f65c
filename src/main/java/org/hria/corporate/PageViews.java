package org.hria.corporate;

import java.math.BigDecimal;

/** What the corporate pages show of stored entities (templates read public record accessors only). */
final class PageViews {

	private PageViews() {
	}

	record AssessmentSummary(Long id, int year, String state, String status, BigDecimal overall, Integer level) {

		static AssessmentSummary of(Assessment a) {
			return new AssessmentSummary(a.getId(), a.getYear(), a.getState(), a.getStatus(), a.getOverall(),
					a.getLevel());
		}

	}

	record EvidenceView(String itemId, String fileName, long size, String sha256) {

		static EvidenceView of(EvidenceFile file) {
			return new EvidenceView(file.getItemId(), file.getFileName(), file.getSize(), file.getSha256());
		}

	}

}
