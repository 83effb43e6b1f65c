package org.hria.pdf;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Writes an A4 document top to bottom, starting a new page when one is full, in a Korean TrueType
 * font embedded as a subset so Korean and English print alike. Get one from {@link PdfFonts}; call
 * {@link #toBytes()} once at the end.
 */
public final class PdfWriter implements AutoCloseable {

	private static final float MARGIN = 50;

	private final PDDocument document;

	private final PDType0Font font;

	private PDPageContentStream stream;

	private float y;

	PdfWriter(Path fontFile) {
		if (!Files.isReadable(fontFile)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The PDF needs a "
					+ "Korean TrueType font at " + fontFile + ". Install fonts-nanum or set hria.pdf-font to a .ttf file.");
			throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
		}
		this.document = new PDDocument();
		try {
			this.font = PDType0Font.load(document, fontFile.toFile());
			newPage();
		}
		catch (IOException ex) {
			closeQuietly();
			throw new UncheckedIOException(ex);
		}
	}

	/** One line of text; a line too long for the page is cut, use {@link #wrapped} for prose. */
	public PdfWriter line(float size, String text) {
		return io(() -> {
			room(size + 6);
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(MARGIN, y);
			stream.showText(printable(text));
			stream.endText();
			y -= size + 6;
		});
	}

	/** Text broken into lines that fit the page width, at spaces or, for long Korean runs, anywhere. */
	public PdfWriter wrapped(float size, String text) {
		return io(() -> {
			for (String paragraph : printable(text).split("\n", -1)) {
				for (String part : wrap(paragraph, size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
					line(size, part);
				}
			}
		});
	}

	/** A labelled horizontal bar: {@code fraction} of 0..1 filled, the value text to its right. */
	public PdfWriter bar(String label, double fraction, String value) {
		return io(() -> {
			room(18);
			float filled = (float) Math.max(0, Math.min(1, fraction)) * 300;
			stream.setNonStrokingColor(0.9f, 0.9f, 0.9f);
			stream.addRect(MARGIN + 60, y - 2, 300, 12);
			stream.fill();
			stream.setNonStrokingColor(0.12f, 0.37f, 0.66f);
			stream.addRect(MARGIN + 60, y - 2, filled, 12);
			stream.fill();
			stream.setNonStrokingColor(0f, 0f, 0f);
			stream.beginText();
			stream.setFont(font, 10);
			stream.newLineAtOffset(MARGIN, y);
			stream.showText(printable(label));
			stream.newLineAtOffset(370, 0);
			stream.showText(printable(value));
			stream.endText();
			y -= 18;
		});
	}

	/** One table row: the cells in equal columns across the page, each cut to its column's width. */
	public PdfWriter row(float size, List<String> cells) {
		return io(() -> {
			room(size + 6);
			float column = (PDRectangle.A4.getWidth() - 2 * MARGIN) / Math.max(1, cells.size());
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(MARGIN, y);
			for (int i = 0; i < cells.size(); i++) {
				stream.showText(fit(printable(cells.get(i)).replace('\n', ' '), size, column - 4));
				stream.newLineAtOffset(column, 0);
			}
			stream.endText();
			y -= size + 6;
		});
	}

	private String fit(String text, float size, float width) throws IOException {
		String result = text;
		while (!result.isEmpty() && width(result, size) > width) {
			result = result.substring(0, result.offsetByCodePoints(result.length(), -1));
		}
		return result;
	}

	public PdfWriter gap() {
		y -= 8;
		return this;
	}

	/** Starts the next text on a new page. */
	public PdfWriter pageBreak() {
		return io(() -> {
			stream.close();
			newPage();
		});
	}

	public byte[] toBytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			stream.close();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			closeQuietly();
		}
	}

	@Override
	public void close() {
		closeQuietly();
	}

	private void closeQuietly() {
		try {
			document.close();
		}
		catch (IOException ex) {
			// nothing left to release
		}
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

	/** Tabs and control characters have no glyph in the font and would make PDFBox throw. */
	private static String printable(String text) {
		return text == null ? "" : text.replace('\t', ' ').replace("\r", "").replaceAll("[\\p{Cntrl}&&[^\n]]", "");
	}

	private List<String> wrap(String text, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (width(candidate, size) <= width) {
				current = new StringBuilder(candidate);
				continue;
			}
			if (!current.isEmpty()) {
				lines.add(current.toString());
			}
			current = new StringBuilder();
			for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
				String next = current.toString() + word.substring(i, word.offsetByCodePoints(i, 1));
				if (width(next, size) > width && !current.isEmpty()) {
					lines.add(current.toString());
					current = new StringBuilder();
				}
				current.appendCodePoint(word.codePointAt(i));
			}
		}
		lines.add(current.toString());
		return lines;
	}

	private float width(String text, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	private PdfWriter io(IoStep step) {
		try {
			step.run();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface IoStep {

		void run() throws IOException;

	}

}
