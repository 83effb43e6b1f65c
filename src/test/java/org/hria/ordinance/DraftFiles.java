package org.hria.ordinance;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.writer.HWPWriter;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;

/**
 * Small draft files made for the tests: PDF (English, standard font; optionally encrypted or
 * without text), HWP and HWPX (one paragraph), DOCX (one paragraph per line). {@code main}
 * writes the fixtures of the format test cases.
 */
final class DraftFiles {

	private DraftFiles() {
	}

	static byte[] pdf(List<String> lines, boolean encrypted) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			if (!lines.isEmpty()) {
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
					content.setLeading(14);
					content.newLineAtOffset(50, 740);
					for (String line : lines) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
				}
			}
			if (encrypted) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] hwp(String text) throws Exception {
		HWPFile file = kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker.make();
		Paragraph paragraph = file.getBodyText().getSectionList().get(0).getParagraph(0);
		if (paragraph.getText() == null) {
			paragraph.createText();
		}
		paragraph.getText().addString(text);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		HWPWriter.toStream(file, out);
		return out.toByteArray();
	}

	static byte[] hwpx(String text) throws Exception {
		HWPXFile file = kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker.make();
		Para para = file.sectionXMLFileList().get(0).getPara(0);
		para.addNewRun().addNewT().addText(text);
		return HWPXWriter.toBytes(file);
	}

	static byte[] docx(List<String> lines) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : lines) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	/** Writes the draft files of the format test cases (run once; the files are committed). */
	public static void main(String[] args) throws Exception {
		Path root = Path.of("test-cases/ordinance");
		Files.write(root.resolve("041-worked-example-1-read-from-an-hwp-file/draft.hwp"),
				hwp("제5조(이용 대상) 센터는 대한민국 국적을 가진 사람으로서 시에 주민등록을 둔 사람만 이용할 수 있다."));
		Files.write(root.resolve("042-worked-example-5-read-from-an-hwpx-file/draft.hwpx"),
				hwpx("제4조(신청) ① 지원을 받으려는 사람은 신청서에 주민등록번호, 병력 및 가족관계증명서를 첨부하여 제출하여야 한다. ② 제출된 자료는 영구 보존한다."));
		Files.write(root.resolve("043-korean-measures-without-notice-read-from-a-docx-file/draft.docx"),
				docx(List.of("제1조(지원의 환수) 시장은 거짓으로 지원을 받은 경우 지원금을 환수할 수 있다.",
						"제2조(지정의 취소) 시장은 지정기준에 미달하는 경우 지정을 취소할 수 있다.",
						"제3조(당연 퇴거) 이용 자격을 잃은 사람은 별도의 절차 없이 퇴거한다.")));
		Files.write(root.resolve("044-worked-example-10-read-from-a-pdf-with-wrapped-lines-and-a-page-number/draft.pdf"),
				pdf(List.of("Sec. 12-3. Revocation. The Director may immediately revoke any license without notice",
						"if the licensee is found to be insane. The chairman of the board shall keep a permanent",
						"record of each revocation, including the licensee's social security number.", "", "- 1 -"), false));
		Files.write(root.resolve("045-worked-example-6-read-from-a-text-file-in-ms949/draft.txt"),
				"제3조(정의) 3. \"장애우\"란 … 4. 미망인 및 편부모가정의 자녀는 우선 지원한다.".replace("…", "...")
					.getBytes(org.hria.upload.TextDecoder.MS949));
	}

}
