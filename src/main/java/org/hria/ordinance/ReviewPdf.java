package org.hria.ordinance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.hria.pdf.PdfFonts;
import org.hria.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable report as a PDF with the Korean font embedded: title, language, rule-set version,
 * then per article each finding with severity, category, rule, quote, basis, remedy and replacement.
 */
@Component
class ReviewPdf {

	private final PdfFonts fonts;

	private final MessageSource messages;

	ReviewPdf(PdfFonts fonts, MessageSource messages) {
		this.fonts = fonts;
		this.messages = messages;
	}

	byte[] render(ReviewAnswer review, Locale locale) {
		PdfWriter writer = fonts.newDocument();
		writer.wrapped(16, text(locale, "ordinance.report.heading", review.title()));
		writer.wrapped(10, text(locale, "ordinance.pdf.meta", review.language(), review.ruleSetVersion(),
				review.findings().size()));
		if (review.findings().isEmpty()) {
			writer.gap().line(11, text(locale, "ordinance.findings.none"));
		}
		Map<String, List<Finding>> byArticle = ReviewView.of(review, "", null, null).byArticle();
		byArticle.forEach((article, findings) -> {
			String title = findings.get(0).articleTitle();
			writer.gap().wrapped(13, article + (title != null ? " (" + title + ")" : ""));
			findings.forEach(finding -> finding(writer, finding, locale));
		});
		return writer.toBytes();
	}

	private void finding(PdfWriter writer, Finding f, Locale locale) {
		String advisory = "U".equals(f.status()) ? " · " + text(locale, "ordinance.pdf.advisory") : "";
		writer.wrapped(10, f.severity() + " · " + text(locale, "ordinance.category." + f.category()) + " · " + f.ruleId()
				+ " (" + text(locale, "ordinance.col.status", f.status()) + ")" + advisory + " · " + f.location());
		writer.wrapped(10, text(locale, "ordinance.col.quote") + ": “" + f.quote() + "”");
		writer.wrapped(10, text(locale, "ordinance.col.finding") + ": " + join(f.message(), f.remedy()));
		if (f.replacement() != null) {
			writer.wrapped(10, text(locale, "ordinance.col.replacement") + ": " + f.replacement());
		}
		writer.wrapped(9, text(locale, "ordinance.col.basis") + ": " + f.legalBasis()
			.stream()
			.map(b -> b.instrument() + (b.article() != null ? " " + b.article() : "")
					+ (b.status() != null ? " (" + b.status() + ")" : ""))
			.collect(Collectors.joining("; ")));
		writer.gap();
	}

	private static String join(String message, String remedy) {
		return message == null ? String.valueOf(remedy) : remedy == null ? message : message + ". " + remedy;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
