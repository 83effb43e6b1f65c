package org.hria.corporate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** The stored report as a PDF, with a Korean TrueType font embedded (a subset) so names and texts print. */
@Component
class ReportPdf {

	private static final float MARGIN = 50;

	private final Path font;

	ReportPdf(@Value("${hria.pdf-font:/usr/share/fonts/truetype/nanum/NanumGothic.ttf}") Path font) {
		this.font = font;
	}

	byte[] render(Report report) {
		if (!Files.isReadable(font)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The PDF needs a "
					+ "Korean TrueType font at " + font + ". Install fonts-nanum or set hria.pdf-font to a .ttf file.");
			throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
		}
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType0Font type0 = PDType0Font.load(document, font.toFile());
			Writer writer = new Writer(document, type0);
			writer.line(16, report.enterpriseName() + " (" + report.enterpriseId() + "), " + report.year());
			writer.line(10, "Checklist " + report.checklistVersion() + ", rule set " + report.ruleSetVersion());
			writer.line(12, "Status " + report.status() + (report.overall() != null ? ", overall " + report.overall() + " %"
					: ", provisional " + report.overallMin() + " - " + report.overallMax() + " %"));
			writer.line(12, "Level by score " + report.levelByScore() + ", level " + report.level()
					+ (report.cappedBy() != null ? " (capped by " + report.cappedBy() + ")" : ""));
			writer.gap();
			for (Report.Area area : report.areas()) {
				writer.bar(area);
			}
			writer.gap();
			writer.line(13, "Recommendations (" + report.gaps().size() + " gaps)");
			for (Report.Gap gap : report.gaps()) {
				String deadline = gap.deadlineDays() != null ? gap.deadlineDays() + " days" : "next assessment";
				writer.wrapped(10, gap.priority() + (gap.repeat() ? " REPEAT" : "") + ", " + deadline + ": " + gap.textKo());
			}
			writer.close();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes lines top to bottom and starts a new page when one is full. */
	private static final class Writer {

		private final PDDocument document;

		private final PDType0Font font;

		private PDPageContentStream stream;

		private float y;

		Writer(PDDocument document, PDType0Font font) throws IOException {
			this.document = document;
			this.font = font;
			newPage();
		}

		void line(float size, String text) throws IOException {
			room(size + 6);
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(MARGIN, y);
			stream.showText(text);
			stream.endText();
			y -= size + 6;
		}

		void wrapped(float size, String text) throws IOException {
			for (String part : wrap(text, size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
				line(size, part);
			}
		}

		void bar(Report.Area area) throws IOException {
			room(18);
			java.math.BigDecimal value = area.percent() != null ? area.percent()
					: area.percentMin() != null ? area.percentMin() : java.math.BigDecimal.ZERO;
			stream.setNonStrokingColor(0.9f, 0.9f, 0.9f);
			stream.addRect(MARGIN + 60, y - 2, 300, 12);
			stream.fill();
			stream.setNonStrokingColor(0.12f, 0.37f, 0.66f);
			stream.addRect(MARGIN + 60, y - 2, 3 * value.floatValue(), 12);
			stream.fill();
			stream.setNonStrokingColor(0f, 0f, 0f);
			stream.beginText();
			stream.setFont(font, 10);
			stream.newLineAtOffset(MARGIN, y);
			stream.showText(area.id());
			stream.newLineAtOffset(370, 0);
			stream.showText(area.na() ? "NA" : area.percent() != null ? area.percent() + " %"
					: area.percentMin() + " - " + area.percentMax() + " %");
			stream.endText();
			y -= 18;
		}

		void gap() {
			y -= 8;
		}

		void close() throws IOException {
			stream.close();
		}

		private void room(float height) throws IOException {
			if (y - height < MARGIN) {
				stream.close();
				newPage();
			}
		}

		private void newPage() throws IOException {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		private List<String> wrap(String text, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = current.isEmpty() ? word : current + " " + word;
				if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
					lines.add(current.toString());
					current = new StringBuilder(word);
				}
				else {
					current = new StringBuilder(candidate);
				}
			}
			lines.add(current.toString());
			return lines;
		}

	}

}
