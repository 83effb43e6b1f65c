package org.hria.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hria.pdf.PdfFonts;
import org.hria.pdf.PdfWriter;

/** A report as a PDF through the one PDF writer (Korean font embedded): header lines, then the table. */
final class ReportPdf {

	private ReportPdf() {
	}

	static byte[] of(ReportModel report, PdfFonts fonts) {
		PdfWriter pdf = fonts.newDocument();
		pdf.line(16, "hria report: " + report.name());
		report.header().forEach((key, value) -> pdf.wrapped(9, key + ": " + value));
		pdf.gap();
		pdf.row(8, report.columns());
		for (Map<String, Object> values : report.rows()) {
			List<String> cells = new ArrayList<>();
			report.columns().forEach(column -> cells.add(values.get(column) == null ? "" : values.get(column).toString()));
			pdf.row(8, cells);
		}
		if (report.rows().isEmpty()) {
			pdf.line(9, "(no rows)");
		}
		return pdf.toBytes();
	}

}
