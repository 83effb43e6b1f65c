package org.hria.survey;

/** One problem of an upload: where (line and column, 1-based, null when not in a line) and what was found and expected. */
record InputError(Integer line, Integer column, String message) {
}
