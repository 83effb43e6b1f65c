package org.hria.survey;

import java.io.StringReader;
import java.util.function.Consumer;

import org.hria.upload.DecodedText;
import org.hria.upload.TextDecoder;

import tools.jackson.databind.json.JsonMapper;

/** Reads an upload (CSV long or wide in UTF-8, UTF-8 with BOM or CP949, or A11yJSON), facility by facility. */
final class SurveyReader {

	private SurveyReader() {
	}

	/** Hands every facility to {@code sink} while no error has been found; returns the errors. */
	static InputErrors read(byte[] bytes, FacilityKind kind, String profile, JsonMapper json, Consumer<Facility> sink) {
		InputErrors errors = new InputErrors();
		if (TextDecoder.looksBinary(bytes)) {
			errors.add(1, null, "found a binary file, expected a CSV (UTF-8 or CP949) or A11yJSON text file");
			return errors;
		}
		DecodedText decoded = TextDecoder.decode(bytes);
		String text = decoded.text();
		FacilityAssembler assembler = new FacilityAssembler(profile, kind, errors, sink);
		String start = text.stripLeading();
		if (start.startsWith("{") || start.startsWith("[")) {
			A11yJsonReader.read(json, text, assembler, errors);
		}
		else {
			CsvSurveyReader.read(new StringReader(text), assembler, errors);
		}
		return errors;
	}

}
