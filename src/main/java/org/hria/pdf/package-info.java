/** Printable documents: one PDF writer with a Korean TrueType font embedded, shared by every report. */
package org.hria.pdf;
