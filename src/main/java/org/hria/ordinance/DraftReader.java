package org.hria.ordinance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hria.upload.TextDecoder;
import org.springframework.http.HttpStatus;

import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;

/** Reads the text of an uploaded draft: .txt (UTF-8 or MS949), .pdf, .hwp, .hwpx, .docx. */
final class DraftReader {

	private DraftReader() {
	}

	static String read(String filename, byte[] bytes) {
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		if (bytes.length == 0) {
			throw DraftInputException.unprocessable("The file " + filename + " is empty. Upload the draft again or paste its text.");
		}
		String text;
		if (name.endsWith(".txt")) {
			text = txt(filename, bytes);
		}
		else if (name.endsWith(".pdf")) {
			text = PdfLines.clean(pdf(filename, bytes));
		}
		else if (name.endsWith(".hwp")) {
			text = hwp(filename, bytes);
		}
		else if (name.endsWith(".hwpx")) {
			text = hwpx(filename, bytes);
		}
		else if (name.endsWith(".docx")) {
			text = docx(filename, bytes);
		}
		else {
			throw new DraftInputException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The file " + filename
					+ " has an extension that cannot be read. Upload a .txt, .pdf, .hwp, .hwpx or .docx file, or paste the text.");
		}
		if (text.isBlank()) {
			throw DraftInputException.unprocessable("The file " + filename + " contains no text. Check that it is the draft, or paste its text.");
		}
		return text;
	}

	private static String txt(String filename, byte[] bytes) {
		if (TextDecoder.looksBinary(bytes)) {
			throw DraftInputException.unprocessable("The file " + filename
					+ " is named as text but contains binary data. Save the draft as plain text (UTF-8) or upload the original .hwp, .hwpx, .docx or .pdf file.");
		}
		return TextDecoder.decode(bytes).text();
	}

	private static String pdf(String filename, byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document);
			if (text.strip().isEmpty()) {
				throw DraftInputException.unprocessable("The PDF " + filename
						+ " has no text layer (a scan?). OCR is not supported: paste the text of the draft instead.");
			}
			return text;
		}
		catch (InvalidPasswordException ex) {
			throw DraftInputException.unprocessable("The PDF " + filename
					+ " is encrypted with a password. Upload a PDF without a password, or paste the text.");
		}
		catch (IOException ex) {
			throw DraftInputException.unprocessable("The PDF " + filename + " is damaged and cannot be read ("
					+ ex.getMessage() + "). Export it again or paste the text.");
		}
	}

	private static String hwp(String filename, byte[] bytes) {
		try {
			return kr.dogfoot.hwplib.tool.textextractor.TextExtractor.extract(
					HWPReader.fromInputStream(new ByteArrayInputStream(bytes)),
					kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod.InsertControlTextBetweenParagraphText);
		}
		catch (Exception ex) {
			throw DraftInputException.unprocessable("The HWP file " + filename
					+ " is damaged or not an HWP 5 document. Save it again in Hangul (or as .hwpx), or paste the text.");
		}
	}

	private static String hwpx(String filename, byte[] bytes) {
		Path temp = null;
		try {
			temp = Files.createTempFile("draft", ".hwpx");
			Files.write(temp, bytes);
			return kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor.extract(HWPXReader.fromFile(temp.toFile()),
					kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod.InsertControlTextBetweenParagraphText, false,
					new TextMarks());
		}
		catch (Exception ex) {
			throw DraftInputException.unprocessable("The HWPX file " + filename
					+ " is damaged or not an HWPX document. Save it again in Hangul, or paste the text.");
		}
		finally {
			deleteQuietly(temp);
		}
	}

	private static String docx(String filename, byte[] bytes) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
		catch (Exception ex) {
			throw DraftInputException.unprocessable("The Word file " + filename
					+ " is damaged or not a .docx document. Save it again as .docx, or paste the text.");
		}
	}

	private static void deleteQuietly(Path temp) {
		if (temp != null) {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ignored) {
				// a temporary file left behind is harmless
			}
		}
	}

}
