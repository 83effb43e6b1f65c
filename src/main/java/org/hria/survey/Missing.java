package org.hria.survey;

/** A mandatory criterion that was not surveyed for a facility. */
public record Missing(String facilityId, String criterion) {
}
