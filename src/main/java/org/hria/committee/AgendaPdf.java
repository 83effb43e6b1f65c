package org.hria.committee;

import java.util.List;
import java.util.Locale;

import org.hria.pdf.PdfFonts;
import org.hria.pdf.PdfWriter;
import org.hria.recommendation.RecommendationLifecycle.Addressee;
import org.hria.recommendation.RecommendationLifecycle.FindingLine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The agenda papers of a meeting as one PDF: a cover list, then each item on its own page. */
@Component
class AgendaPdf {

	private final PdfFonts fonts;

	private final MessageSource messages;

	AgendaPdf(PdfFonts fonts, MessageSource messages) {
		this.fonts = fonts;
		this.messages = messages;
	}

	byte[] papers(Committee committee, Meeting meeting, List<Agendas.Entry> entries, Locale locale) {
		PdfWriter pdf = fonts.newDocument();
		pdf.line(16, committee.name)
			.line(13, text(locale, "committee.pdf.meeting", meeting.number, text(locale, "committee.kind." + meeting.kind),
					meeting.date, meeting.place == null ? "" : meeting.place))
			.line(10, text(locale, "committee.pdf.quorum", meeting.quorum))
			.gap()
			.line(12, text(locale, "committee.pdf.contents"));
		if (entries.isEmpty()) {
			pdf.line(10, text(locale, "committee.agenda.none"));
		}
		entries.forEach(e -> pdf.wrapped(10, e.order() + ". " + e.paper().title()));
		for (Agendas.Entry entry : entries) {
			pdf.pageBreak()
				.wrapped(14, text(locale, "committee.pdf.item", entry.order()) + " " + entry.paper().title())
				.gap()
				.line(11, text(locale, "committee.pdf.text"))
				.wrapped(10, entry.paper().text())
				.gap()
				.line(11, text(locale, "committee.pdf.findings"));
			for (FindingLine finding : entry.paper().findings()) {
				pdf.wrapped(10, "- " + (finding.ruleId() == null ? "" : "[" + finding.ruleId() + "] ")
						+ finding.locator() + " (" + finding.sourceType() + " " + finding.findingId() + ")");
			}
			pdf.gap().line(11, text(locale, "committee.pdf.addressees"));
			List<String> names = entry.paper().proposedAddressees().stream().map(Addressee::name).toList();
			pdf.wrapped(10, names.isEmpty() ? "-" : String.join(", ", names));
			if (entry.decision() != null) {
				decision(pdf, entry.decision(), locale);
			}
		}
		return pdf.toBytes();
	}

	/** Once decided: the outcome, the vote, who was present by name, the recusals and the adopted text. */
	private void decision(PdfWriter pdf, Agendas.DecisionView d, Locale locale) {
		pdf.gap()
			.line(11, text(locale, "committee.decision"))
			.wrapped(10, text(locale, "committee.outcome." + d.outcome()));
		if (d.votesFor() != null) {
			pdf.wrapped(10, text(locale, "committee.decision.voteLine", d.date(), d.votesFor(), d.votesAgainst(),
					d.abstentions(), d.membersPresent() == null ? "-" : d.membersPresent()));
		}
		if (!d.presentMembers().isEmpty()) {
			pdf.wrapped(10, text(locale, "committee2.pdf.present", d.presentMembers().size(),
					String.join(", ", d.presentMembers().stream().map(Agendas.MemberView::memberName).toList())));
		}
		for (Agendas.RecusalView recusal : d.recusals()) {
			pdf.wrapped(10, text(locale, "committee2.pdf.recusal", recusal.memberName(), recusal.reason()));
		}
		if (d.reason() != null) {
			pdf.wrapped(10, text(locale, "committee.decision.reason") + ": " + d.reason());
		}
		if (d.adoptedText() != null) {
			pdf.line(11, text(locale, "committee.decision.adoptedText")).wrapped(10, d.adoptedText());
		}
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
