package org.hria.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** SHA-256 checksums of rule files and of a whole rule set. */
public final class Checksums {

	private Checksums() {
	}

	public static String sha256(byte[] content) {
		return HexFormat.of().formatHex(digest().digest(content));
	}

	/** The version of a rule set: a checksum over every path and the checksum of its content. */
	static String ofRuleSet(Map<String, String> checksumsByPath) {
		MessageDigest digest = digest();
		checksumsByPath.forEach((path, checksum) -> {
			digest.update(path.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(checksum.getBytes(StandardCharsets.US_ASCII));
			digest.update((byte) '\n');
		});
		return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
