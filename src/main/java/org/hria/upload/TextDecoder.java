package org.hria.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Decodes uploaded text: a UTF-8 BOM means UTF-8; bytes that decode strictly as UTF-8 are UTF-8;
 * anything else is taken as MS949 ({@code x-windows-949}), the charset Korean Excel saves in.
 * (Java's "CP949" and "EUC-KR" lose characters such as 똠 and 뷁.)
 */
public final class TextDecoder {

	public static final Charset MS949 = Charset.forName("x-windows-949");

	private TextDecoder() {
	}

	public static DecodedText decode(byte[] bytes) {
		try (BOMInputStream in = BOMInputStream.builder()
			.setInputStream(new ByteArrayInputStream(bytes))
			.setByteOrderMarks(ByteOrderMark.UTF_8)
			.get()) {
			if (in.hasBOM()) {
				return new DecodedText(new String(in.readAllBytes(), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return new DecodedText(text, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException notUtf8) {
			return new DecodedText(new String(bytes, MS949), MS949);
		}
	}

	/** True when the bytes look like a binary file (a NUL byte early on) rather than text. */
	public static boolean looksBinary(byte[] bytes) {
		int limit = Math.min(bytes.length, 8192);
		for (int i = 0; i < limit; i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

}
