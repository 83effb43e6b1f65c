/** The web shell: layout, language, security wiring and the one error format (RFC 9457 problem details). */
package org.hria.web;
