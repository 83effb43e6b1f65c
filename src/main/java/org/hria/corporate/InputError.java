package org.hria.corporate;

/** One error of an uploaded assessment: line 1 is the header of a CSV file; in JSON, line n is the n-th answer. */
record InputError(int line, String column, String message) {
}
