package org.hria.corporate;

import java.math.BigDecimal;

import org.hria.pdf.PdfFonts;
import org.hria.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** The stored report as a PDF, with a Korean TrueType font embedded (a subset) so names and texts print. */
@Component
class ReportPdf {

	private final PdfFonts fonts;

	ReportPdf(PdfFonts fonts) {
		this.fonts = fonts;
	}

	byte[] render(Report report) {
		PdfWriter writer = fonts.newDocument();
		writer.line(16, report.enterpriseName() + " (" + report.enterpriseId() + "), " + report.year());
		writer.line(10, "Checklist " + report.checklistVersion() + ", rule set " + report.ruleSetVersion());
		writer.line(12, "Status " + report.status() + (report.overall() != null ? ", overall " + report.overall() + " %"
				: ", provisional " + report.overallMin() + " - " + report.overallMax() + " %"));
		writer.line(12, "Level by score " + report.levelByScore() + ", level " + report.level()
				+ (report.cappedBy() != null ? " (capped by " + report.cappedBy() + ")" : ""));
		writer.gap();
		for (Report.Area area : report.areas()) {
			BigDecimal value = area.percent() != null ? area.percent()
					: area.percentMin() != null ? area.percentMin() : BigDecimal.ZERO;
			writer.bar(area.id(), value.doubleValue() / 100, area.na() ? "NA" : area.percent() != null
					? area.percent() + " %" : area.percentMin() + " - " + area.percentMax() + " %");
		}
		writer.gap();
		writer.line(13, "Recommendations (" + report.gaps().size() + " gaps)");
		for (Report.Gap gap : report.gaps()) {
			String deadline = gap.deadlineDays() != null ? gap.deadlineDays() + " days" : "next assessment";
			writer.wrapped(10, gap.priority() + (gap.repeat() ? " REPEAT" : "") + ", " + deadline + ": " + gap.textKo());
		}
		return writer.toBytes();
	}

}
