package org.hria.ordinance;

import java.util.AbstractList;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A review's findings with the JSON they were just stored as: the answer writes that JSON as it
 * is instead of serialising some hundred findings a second time.
 */
@JsonSerialize(using = SerialisedFindings.AsStored.class)
final class SerialisedFindings extends AbstractList<Finding> {

	private final List<Finding> findings;

	private final String json;

	SerialisedFindings(List<Finding> findings, String json) {
		this.findings = List.copyOf(findings);
		this.json = json;
	}

	@Override
	public Finding get(int index) {
		return findings.get(index);
	}

	@Override
	public int size() {
		return findings.size();
	}

	String json() {
		return json;
	}

	static final class AsStored extends ValueSerializer<SerialisedFindings> {

		@Override
		public void serialize(SerialisedFindings value, JsonGenerator generator, SerializationContext context) {
			generator.writeRawValue(value.json());
		}

	}

}
