/** The one way uploaded files come in: text decoding (UTF-8 with or without BOM, or the MS949 of Korean Excel) and upload problems. */
package org.hria.upload;
