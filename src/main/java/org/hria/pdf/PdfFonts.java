package org.hria.pdf;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where the Korean font for PDFs is ({@code hria.pdf-font}); opens a new {@link PdfWriter}. */
@Component
public class PdfFonts {

	private final Path font;

	PdfFonts(@Value("${hria.pdf-font:/usr/share/fonts/truetype/nanum/NanumGothic.ttf}") Path font) {
		this.font = font;
	}

	/** A new empty document; answers 503 problem details when the font is missing. */
	public PdfWriter newDocument() {
		return new PdfWriter(font);
	}

}
