package org.hria.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class PdfWriterTests {

	private static final Path NANUM = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

	@Test
	void printsKoreanWithTheFontEmbeddedAndWrapsLongRunsWithoutSpaces() throws Exception {
		Assumptions.assumeTrue(Files.isReadable(NANUM) || "true".equals(System.getenv("CI")), "needs fonts-nanum");
		String longKorean = "차별금지".repeat(60);
		byte[] pdf = new PdfFonts(NANUM).newDocument().line(14, "광주광역시 인권 조례").wrapped(10, longKorean)
			.pageBreak().line(10, "second page\twith a tab").toBytes();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("광주광역시 인권 조례", "second page with a tab");
			assertThat(text.replaceAll("\\s", "")).contains(longKorean);
			assertThat(text.lines().filter(line -> line.startsWith("차별금지"))).hasSizeGreaterThan(1);
			PDFont font = document.getPage(0).getResources().getFont(
					document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getName()).contains("NanumGothic");
		}
	}

	@Test
	void answersServiceUnavailableWhenTheFontIsMissing() {
		assertThatThrownBy(() -> new PdfFonts(Path.of("/nonexistent/font.ttf")).newDocument())
			.isInstanceOfSatisfying(ErrorResponseException.class,
					ex -> assertThat(ex.getBody().getDetail()).contains("hria.pdf-font"));
	}

}
