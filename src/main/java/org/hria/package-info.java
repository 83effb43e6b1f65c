/** hria: human rights impact assessment and compliance checking for city governments. */
package org.hria;
