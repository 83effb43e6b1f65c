package org.hria.upload;

import java.nio.charset.Charset;

/** Text read from an upload, and the charset it was found to be in. */
public record DecodedText(String text, Charset charset) {
}
